package io.dangol.crm.web;

import io.dangol.crm.admin.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.stereotype.Component;

/** The domain's {@link PasswordHasher} backed by Spring Security's delegating encoder (bcrypt). */
@Component
class SpringPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** bcrypt, stored with its {@code {bcrypt}} prefix so that a later change of algorithm can upgrade hashes. */
    @Bean
    static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Override
    public String hash(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }
}
