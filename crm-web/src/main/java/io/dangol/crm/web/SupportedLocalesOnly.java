package io.dangol.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} switch only to a language we speak; anything else is ignored. */
final class SupportedLocalesOnly implements HandlerInterceptor {

    private final LocaleChangeInterceptor change;

    SupportedLocalesOnly(LocaleChangeInterceptor change) {
        this.change = change;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String wanted = request.getParameter(change.getParamName());
        boolean supported = wanted != null && WebConfiguration.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(wanted));
        return !supported || change.preHandle(request, response, handler);
    }
}
