package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page speaks Korean and English: both files hold the same keys, and every key a template names exists. */
class MessagesInSyncTest {

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        Set<String> korean = load("messages_ko.properties").stringPropertyNames();

        assertThat(new TreeSet<>(korean)).isEqualTo(new TreeSet<>(english));
        assertThat(english).isNotEmpty();
    }

    @Test
    void everyKeyATemplateNamesIsTranslated() throws IOException {
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(template));
                while (m.find()) {
                    if (!english.contains(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void koreanIsReallyKorean() throws IOException {
        Properties korean = load("messages_ko.properties");
        assertThat(korean.getProperty("home.title")).isEqualTo("개요");
        assertThat(korean.getProperty("stage.CORE")).isEqualTo("핵심 고객");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesInSyncTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
