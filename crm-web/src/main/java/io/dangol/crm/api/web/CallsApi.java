package io.dangol.crm.api.web;

import io.dangol.crm.api.ApiToken;
import io.dangol.crm.customer.AnnounceCall;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The phone system announces an incoming call and gets the one-time link to open in the agent's browser. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "calls")
@SecurityRequirement(name = "token")
class CallsApi {

    private final AnnounceCall announceCall;

    CallsApi(AnnounceCall announceCall) {
        this.announceCall = announceCall;
    }

    record CallBody(String number) {
    }

    record CallLink(String link, long validForSeconds) {
    }

    @PostMapping("/calls")
    @Operation(summary = "Announce an incoming call (screen pop)", description = "Scope calls:write. The caller's number in "
            + "any common format (010-1234-5678, +82 10 1234 5678, 02-123-4567, a foreign number with +). Answers a path to "
            + "open in the agent's signed-in browser, good once and for two minutes; the number itself never appears in it. "
            + "422 when the number is not a phone number.")
    ResponseEntity<CallLink> announce(@RequestBody CallBody body, @AuthenticationPrincipal ApiToken token) {
        AnnounceCall.Result result = announceCall.handle(body == null ? null : body.number(), token.sourceSystem());
        String ticket = result.ticket().orElseThrow(() -> new ApiRejected(422, result.refused().orElseThrow(), "number"));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CallLink("/calls/pop/" + ticket, AnnounceCall.VALID_FOR.toSeconds()));
    }
}
