package io.dangol.crm;

import io.dangol.crm.app.cli.Command;
import io.dangol.crm.app.cli.VoiceCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Dangol CRM. Without arguments it serves the web app; {@code demo …} runs an operator command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DangolApplication {

    public static void main(String[] args) {
        Command.parse(args).ifPresentOrElse(
                command -> System.exit(run(command, args)),
                () -> SpringApplication.run(DangolApplication.class, args));
    }

    private static int run(Command command, String[] args) {
        if (command == Command.UNKNOWN) {
            System.err.println(Command.usage());
            return 2;
        }
        var unknown = command.unknownOptions(args);
        if (!unknown.isEmpty()) {
            System.err.println(command.word() + ": unknown option(s) " + String.join(", ", unknown.stream()
                    .map(name -> "--" + name).toList()) + "\n" + Command.usage());
            return 2;
        }
        if (command.standalone()) {
            try {
                return command == Command.CLASSIFY ? VoiceCommands.classify(args, System.in, System.out)
                        : VoiceCommands.evaluate(args, System.out, System.err);
            } catch (java.io.IOException e) {
                System.err.println(command.word() + ": " + e.getMessage());
                return 1;
            }
        }
        var context = new SpringApplicationBuilder(DangolApplication.class)
                .web(WebApplicationType.NONE)
                .properties("crm.command=" + command.word(), "spring.main.banner-mode=off", "logging.level.root=warn")
                .run(args);
        return SpringApplication.exit(context);
    }
}
