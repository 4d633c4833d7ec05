package io.dangol.crm.api.web;

import io.dangol.crm.api.ApiScope;
import io.dangol.crm.api.ApiAccess;
import io.dangol.crm.api.IssuedToken;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's API tokens page: issue a token for a channel system (name, source system, scopes) — its secret is
 * shown this once — see when each was last used, revoke one.
 */
@Controller
class ApiTokensController {

    static final String PAGE = "api/apiTokens";

    private final ApiAccess access;

    ApiTokensController(ApiAccess access) {
        this.access = access;
    }

    @GetMapping("/admin/api-tokens")
    String show(Model model) {
        model.addAttribute("tokens", access.all());
        model.addAttribute("allScopes", ApiScope.values());
        model.addAttribute("perMinute", access.perMinute());
        return PAGE;
    }

    @PostMapping("/admin/api-tokens")
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String source,
                 @RequestParam(required = false) List<String> scopes, Principal principal, RedirectAttributes redirect) {
        Set<ApiScope> granted = EnumSet.noneOf(ApiScope.class);
        if (scopes != null) {
            scopes.forEach(code -> ApiScope.parse(code).ifPresent(granted::add));
        }
        try {
            IssuedToken issued = access.issue(name, source, granted, principal.getName());
            redirect.addFlashAttribute("issued", new ShownOnce(issued.token().name(), issued.secret()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("name", name);
            redirect.addFlashAttribute("source", source);
        }
        return "redirect:/admin/api-tokens";
    }

    @PostMapping("/admin/api-tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        if (access.revoke(id, principal.getName())) {
            redirect.addFlashAttribute("message", "apiTokens.revoked");
        } else {
            redirect.addFlashAttribute("problem", "apiTokens.error.none");
        }
        return "redirect:/admin/api-tokens";
    }
}
