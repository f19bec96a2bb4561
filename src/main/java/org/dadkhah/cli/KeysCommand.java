package org.dadkhah.cli;

import java.util.concurrent.Callable;
import org.dadkhah.records.SealedFields;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** Encryption key tasks. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Encryption keys.", subcommands = KeysCommand.Rotate.class)
class KeysCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Add a new primary key to DADKHAH_HOME/keys/keyset.json and re-encrypt every sealed field with it.")
    static class Rotate implements Callable<Integer> {

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.offline()) {
                int count = context.getBean(SealedFields.class).rotateAndReseal();
                System.out.println("Rotated the key; re-encrypted " + count + " sealed values. Back up the key file now.");
                return 0;
            }
        }
    }
}
