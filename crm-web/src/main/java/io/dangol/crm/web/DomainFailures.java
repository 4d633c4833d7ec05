package io.dangol.crm.web;

import io.dangol.crm.admin.UserNotFound;
import io.dangol.crm.shared.CustomerNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Turns "not found" from the domain into the styled 404 page. */
@ControllerAdvice
class DomainFailures {

    @ExceptionHandler({CustomerNotFound.class, UserNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
