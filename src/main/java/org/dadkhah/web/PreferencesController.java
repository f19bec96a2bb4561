package org.dadkhah.web;

import jakarta.servlet.http.HttpServletRequest;
import org.dadkhah.security.CurrentCaller;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Switches the page language and digits for the signed-in account, remembered across sessions. */
@Controller
class PreferencesController {

    private final UiPreferences preferences;

    PreferencesController(UiPreferences preferences) {
        this.preferences = preferences;
    }

    @PostMapping("/preferences")
    String change(@RequestParam String lang, @RequestParam(defaultValue = "false") boolean persianDigits,
            @RequestParam(defaultValue = "/") String back, HttpServletRequest request) {
        UiPreferences.Preference chosen = new UiPreferences.Preference("fa".equals(lang) ? "fa" : "en", persianDigits);
        preferences.save(CurrentCaller.require().username(), chosen);
        UiLocaleResolver.remember(request, chosen);
        return "redirect:" + (back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/");
    }
}
