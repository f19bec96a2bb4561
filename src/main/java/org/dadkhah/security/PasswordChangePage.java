package org.dadkhah.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page where a logged-in account changes its password: the current one, then the new one twice. A wrong current
 * password counts as a failed login. Once changed, the session may open every page again.
 */
@Controller
@RequestMapping(PasswordChangeRequired.PAGE)
class PasswordChangePage {

    private static final String VIEW = "account/password";

    private final Accounts accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordChangePage(Accounts accounts, Passwords passwords, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @GetMapping
    String form(Authentication authentication, Model model) {
        return show(authentication, Map.of(), model);
    }

    @PostMapping
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat, Authentication authentication, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String username = authentication.getName();
        Map<String, String> errors = problems(username, request.getRemoteAddr(), current, password, repeat);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(authentication, errors, model);
        }
        accounts.setPassword(username, password);
        throttle.succeeded(username, request.getRemoteAddr());
        request.changeSessionId();
        contexts.saveContext(withoutChangeRequired(authentication), request, response);
        return "redirect:/";
    }

    private Map<String, String> problems(String username, String address, String current, String password,
            String repeat) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (throttle.blocked(username, address)) {
            errors.put("current", "Too many failed attempts; try again later");
        } else if (!passwords.matches(accounts.passwordHash(username), current)) {
            throttle.failed(username, address);
            errors.put("current", "This is not your current password");
        }
        Passwords.weakness(password).ifPresent(problem -> errors.put("password", problem));
        if (!errors.containsKey("password") && password.equals(current)) {
            errors.put("password", "The new password must differ from the current one");
        }
        if (!repeat.equals(password)) {
            errors.put("repeat", "The two new passwords differ");
        }
        return errors;
    }

    private static SecurityContext withoutChangeRequired(Authentication authentication) {
        List<GrantedAuthority> kept = authentication.getAuthorities().stream()
                .filter(a -> !PasswordChangeRequired.AUTHORITY.getAuthority().equals(a.getAuthority()))
                .map(GrantedAuthority.class::cast).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, kept));
        SecurityContextHolder.setContext(context);
        return context;
    }

    private static String show(Authentication authentication, Map<String, String> errors, Model model) {
        model.addAttribute("username", authentication.getName());
        model.addAttribute("required", PasswordChangeRequired.applies(authentication));
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
