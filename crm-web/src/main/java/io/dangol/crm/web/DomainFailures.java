package io.dangol.crm.web;

import io.dangol.crm.admin.UserNotFound;
import jakarta.servlet.http.HttpServletRequest;
import io.dangol.crm.segment.SegmentRefused;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import io.dangol.crm.shared.CustomerNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Turns "not found" from the domain into the styled 404 page. */
@ControllerAdvice
class DomainFailures {

    @ExceptionHandler({CustomerNotFound.class, io.dangol.crm.servicecase.CaseNotFound.class, io.dangol.crm.feedback.VoiceNotFound.class, UserNotFound.class, SegmentRefused.class, PageNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Authentication authentication,
                  HttpServletRequest request) {
        return PageShell.page("error/404", model, authentication, request);
    }
}
