package io.dangol.crm.web;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of {@code messages_*.properties} (UTF-8, no fall-back to the machine's locale); Korean ones with
 * their particles fitted to the words put into them ({@link KoreanParticles}), for pages, files and the CLI alike.
 */
public class KoreanMessageSource extends ResourceBundleMessageSource {

    public KoreanMessageSource() {
        setBasename("messages");
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        return fitted(super.getMessageInternal(code, args, locale), locale);
    }

    @Override
    protected String renderDefaultMessage(String defaultMessage, Object[] args, Locale locale) {
        return fitted(super.renderDefaultMessage(defaultMessage, args, locale), locale);
    }

    private static String fitted(String message, Locale locale) {
        return message != null && locale != null && "ko".equals(locale.getLanguage()) ? KoreanParticles.attach(message) : message;
    }
}
