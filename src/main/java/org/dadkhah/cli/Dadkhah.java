package org.dadkhah.cli;

import picocli.CommandLine;

/** The {@code ./dadkhah} command line: {@code serve}, {@code demo load}, {@code db migrate} and more. */
public final class Dadkhah {

    private Dadkhah() {
    }

    public static void main(String[] args) {
        int code = new CommandLine(new DadkhahCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (code != 0 || !DadkhahCommand.keepsRunning()) {
            System.exit(code);
        }
    }
}
