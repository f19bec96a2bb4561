package org.dadkhah.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dadkhah.records.ForbiddenException;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.RecordNotFoundException;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * Gives every page its layout data ({@link Ui}), and turns a record one may not see (or that does not exist) and a
 * refused filter or a forbidden action into a page that says so, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = LayoutAdvice.class)
class LayoutAdvice {

    private final UiLocaleResolver locales;

    LayoutAdvice(UiLocaleResolver locales) {
        this.locales = locales;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        boolean persian = "fa".equals(LocaleContextHolder.getLocale().getLanguage());
        Caller caller = CurrentCaller.get().orElse(null);
        return new Ui(persian ? "fa" : "en", persian ? "rtl" : "ltr",
                persian ? "/webjars/bootstrap/css/bootstrap.rtl.min.css" : "/webjars/bootstrap/css/bootstrap.min.css",
                locales.persianDigits(request), caller == null ? null : caller.username(),
                caller == null ? null : caller.role().name().toLowerCase(java.util.Locale.ROOT),
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    }

    @ExceptionHandler({RecordNotFoundException.class, ResponseStatusException.class})
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("ui", ui(request));
        model.addAttribute("problem", "record.notFound");
        return "problem";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("ui", ui(request));
        model.addAttribute("problem", "form.forbidden");
        return "problem";
    }

    @ExceptionHandler(InvalidRecordException.class)
    String invalid(InvalidRecordException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("ui", ui(request));
        model.addAttribute("problems", e.problems());
        return "problem";
    }
}
