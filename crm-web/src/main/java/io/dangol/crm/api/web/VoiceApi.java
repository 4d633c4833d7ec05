package io.dangol.crm.api.web;

import io.dangol.crm.api.ApiToken;
import io.dangol.crm.feedback.RecordVoice;
import io.dangol.crm.feedback.VoiceDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A social-listening tool or a webhook posts what customers say — a mention, a review, a web form — into the voice
 * inbox, under its id in the token's source system: sending it again changes nothing.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "voice")
@SecurityRequirement(name = "token")
class VoiceApi {

    private final RecordVoice recordVoice;

    VoiceApi(RecordVoice recordVoice) {
        this.recordVoice = recordVoice;
    }

    record VoiceBody(String channel, String author, String text, String link, String receivedAt, String language,
                     String customerId) {
    }

    @PutMapping("/voice/{itemId}")
    @Operation(summary = "Post a customer's message to the voice inbox (idempotent by item id)", description = "Scope "
            + "feedback:write. channel: SOCIAL, EMAIL, WEB, APP_REVIEW, PHONE, STORE or SURVEY; author: the handle, e-mail "
            + "or phone on that channel; text; optional link, receivedAt (2026-01-31T14:30 in the business's time zone, or "
            + "with an offset), language (ko, en; guessed when absent) and customerId (the customer's id in the token's "
            + "source system). Sentiment and category are suggested by Dangol's classifier. The same item id again "
            + "answers 200 and changes nothing; item ids share one space with /api/v1/feedback of the same source system.")
    ResponseEntity<ApiWrites.WriteResult> put(@PathVariable String itemId, @RequestBody VoiceBody body,
                                              @AuthenticationPrincipal ApiToken token) {
        if (itemId.isBlank() || itemId.length() > 200) {
            throw new ApiRejected(422, "voice.error.itemId", "itemId");
        }
        VoiceDraft draft = new VoiceDraft(body.channel(), body.author(), body.text(), body.link(), body.receivedAt(),
                body.language());
        RecordVoice.Result result = recordVoice.handle(RecordVoice.Command.fromSource(draft, token.sourceSystem(), itemId,
                Optional.ofNullable(body.customerId())));
        if (!result.recorded()) {
            Map.Entry<String, String> first = result.errors().entrySet().iterator().next();
            throw new ApiRejected(422, first.getValue(), first.getKey());
        }
        ApiWrites.WriteResult written = new ApiWrites.WriteResult(itemId, result.created() ? "INSERTED" : "UNCHANGED");
        return result.created()
                ? ResponseEntity.created(URI.create("/api/v1/voice/" + URLEncoder.encode(itemId, StandardCharsets.UTF_8))).body(written)
                : ResponseEntity.ok(written);
    }
}
