package org.dadkhah.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.audit.AuditLog;
import org.dadkhah.security.AccountAdministration;
import org.dadkhah.security.Accounts;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.dadkhah.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of accounts and API tokens (administrators only; anyone else gets a 404): the accounts with their
 * role, groups, state and second factor; creating one with a temporary password that must be changed at the first
 * login; changing its role and groups, disabling and enabling it, giving it a new second factor (shown once) or
 * removing it; creating a token (shown once, never stored) and revoking one. Every change is audited in the same
 * transaction. An administrator cannot demote or disable their own account.
 */
@Controller
class AdminAccountsPage {

    private static final String ACCOUNTS = "/admin/accounts";

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    AdminAccountsPage(Accounts accounts, AccountAdministration administration, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.administration = administration;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** The signed-in administrator; a 404 for anyone else, so that the pages do not reveal they exist. */
    static Caller admin() {
        Caller caller = CurrentCaller.require();
        if (!caller.isAdmin() || !caller.mayWrite()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return caller;
    }

    @GetMapping(ACCOUNTS)
    String list(Model model) {
        admin();
        return listPage(Map.of(), Map.of(), model);
    }

    @PostMapping(ACCOUNTS)
    String create(@RequestParam String username, @RequestParam String role, @RequestParam String password,
            @RequestParam(defaultValue = "") String groups, Model model, HttpServletResponse response) {
        Caller caller = admin();
        Map<String, String> values = Map.of("username", username, "role", role, "groups", groups);
        Map<String, String> errors = new LinkedHashMap<>();
        Role chosen = role(role, errors);
        if (errors.isEmpty()) {
            try {
                transactions.executeWithoutResult(s -> {
                    accounts.create(username.strip(), chosen, password, true);
                    administration.setGroups(username.strip(), groups(groups));
                    audit.append(caller.username(), "ACCOUNT_CREATE", "account", null,
                            "account " + username.strip() + " role " + chosen + " groups " + groups(groups));
                });
                return "redirect:" + ACCOUNTS + "/" + username.strip();
            } catch (IllegalArgumentException e) {
                errors.put(e.getMessage().contains("assword") ? "password" : e.getMessage().contains("roup")
                        ? "groups" : "username", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return listPage(values, errors, model);
    }

    @GetMapping(ACCOUNTS + "/{username}")
    String account(@PathVariable String username, Model model) {
        admin();
        return accountPage(username, Map.of(), model);
    }

    @PostMapping(ACCOUNTS + "/{username}/role")
    String role(@PathVariable String username, @RequestParam String role, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        Caller caller = admin();
        Map<String, String> errors = new LinkedHashMap<>();
        Role chosen = role(role, errors);
        if (username.equals(caller.username())) {
            errors.put("role", "You cannot change your own role");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return accountPage(username, errors, model);
        }
        change(caller, "ACCOUNT_ROLE", username, "role " + chosen, () -> administration.setRole(username, chosen));
        return done(username, "admin.saved", flash);
    }

    @PostMapping(ACCOUNTS + "/{username}/groups")
    String groups(@PathVariable String username, @RequestParam(defaultValue = "") String groups, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Caller caller = admin();
        try {
            change(caller, "ACCOUNT_GROUPS", username, "groups " + groups(groups),
                    () -> administration.setGroups(username, groups(groups)));
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return accountPage(username, Map.of("groups", e.getMessage()), model);
        }
        return done(username, "admin.saved", flash);
    }

    @PostMapping(ACCOUNTS + "/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam boolean enabled, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        Caller caller = admin();
        if (!enabled && username.equals(caller.username())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return accountPage(username, Map.of("enabled", "You cannot disable your own account"), model);
        }
        change(caller, enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", username, enabled ? "enabled" : "disabled",
                () -> administration.setEnabled(username, enabled));
        return done(username, "admin.saved", flash);
    }

    @PostMapping(ACCOUNTS + "/{username}/totp")
    String totp(@PathVariable String username, @RequestParam String action, Model model, RedirectAttributes flash) {
        Caller caller = admin();
        if ("remove".equals(action)) {
            change(caller, "ACCOUNT_TOTP_REMOVE", username, "second factor removed",
                    () -> administration.removeSecondFactor(username));
            return done(username, "admin.saved", flash);
        }
        String[] uri = new String[1];
        change(caller, "ACCOUNT_TOTP_RESET", username, "new second factor", () -> uri[0] = accounts.enableTotp(username));
        model.addAttribute("otpauth", uri[0]);
        return accountPage(username, Map.of(), model);
    }

    @PostMapping(ACCOUNTS + "/{username}/tokens")
    String token(@PathVariable String username, @RequestParam(defaultValue = "read") String scope, Model model,
            HttpServletResponse response) {
        Caller caller = admin();
        try {
            String[] token = new String[1];
            change(caller, "TOKEN_CREATE", username, "scope " + scope,
                    () -> token[0] = accounts.issueToken(username, "write".equals(scope)));
            model.addAttribute("newToken", token[0]);
            return accountPage(username, Map.of(), model);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return accountPage(username, Map.of("token", e.getMessage()), model);
        }
    }

    @PostMapping(ACCOUNTS + "/{username}/tokens/{id}/revoke")
    String revoke(@PathVariable String username, @PathVariable UUID id, RedirectAttributes flash) {
        Caller caller = admin();
        administration.account(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        transactions.executeWithoutResult(s -> {
            if (administration.revokeToken(username, id)) {
                audit.append(caller.username(), "TOKEN_REVOKE", "account", null, "account " + username + " token " + id);
            }
        });
        return done(username, "admin.tokenRevoked", flash);
    }

    private void change(Caller caller, String action, String username, String detail, Runnable change) {
        administration.account(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        transactions.executeWithoutResult(s -> {
            change.run();
            audit.append(caller.username(), action, "account", null, "account " + username + ": " + detail);
        });
    }

    private static String done(String username, String message, RedirectAttributes flash) {
        flash.addFlashAttribute("done", message);
        return "redirect:" + ACCOUNTS + "/" + username;
    }

    private String listPage(Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("accounts", administration.accounts());
        model.addAttribute("roles", Role.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "admin/accounts";
    }

    private String accountPage(String username, Map<String, String> errors, Model model) {
        AccountAdministration.Account account = administration.account(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("groups", String.join(", ", account.groups()));
        model.addAttribute("tokens", administration.tokens(username));
        model.addAttribute("roles", Role.values());
        model.addAttribute("errors", errors);
        return "admin/account";
    }

    private static Role role(String role, Map<String, String> errors) {
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            errors.put("role", "One of " + Arrays.toString(Role.values()));
            return Role.VIEWER;
        }
    }

    private static List<String> groups(String groups) {
        return Arrays.stream(groups.split("[,\\s]+")).map(String::strip).filter(g -> !g.isEmpty()).distinct().toList();
    }
}
