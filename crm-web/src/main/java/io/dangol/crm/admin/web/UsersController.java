package io.dangol.crm.admin.web;

import io.dangol.crm.admin.AdministeringUsers;
import io.dangol.crm.admin.AdministeringUsers.ChangeRoles;
import io.dangol.crm.admin.AdministeringUsers.DisableUser;
import io.dangol.crm.admin.AdministeringUsers.EnableUser;
import io.dangol.crm.admin.AdministeringUsers.ResetPassword;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.IssuedPassword;
import io.dangol.crm.admin.RightsHistory;
import io.dangol.crm.admin.RightsChange;
import java.util.Locale;
import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.admin.UserRightsRefused;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin page "Users": create, disable/enable, reset password, change roles; the record of changes below. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    static final String VIEW = "admin/users";
    private static final String BACK = "redirect:/admin/users";

    private final StaffDirectory users;
    private final RightsHistory changes;
    private final AdministeringUsers administering;
    private final MessageSource messages;
    private final io.dangol.crm.admin.SecondFactor secondFactor;

    UsersController(StaffDirectory users, RightsHistory changes, AdministeringUsers administering, MessageSource messages,
                    io.dangol.crm.admin.SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        this.users = users;
        this.changes = changes;
        this.administering = administering;
        this.messages = messages;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String showUsers(Model model, Locale locale) {
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", NewUserForm.empty());
        }
        model.addAttribute("users", users.all());
        model.addAttribute("changes", changes.latest(50).stream()
                .map(change -> new ChangeRow(change, roleWords(change.detail(), locale))).toList());
        return VIEW;
    }

    /** A change of rights as the page shows it: its detail with the role codes in the reader's words. */
    record ChangeRow(RightsChange change, String detail) {
        public java.time.Instant at() {
            return change.at();
        }

        public String actor() {
            return change.actor();
        }

        public String username() {
            return change.username();
        }

        public io.dangol.crm.admin.RightsChangeKind kind() {
            return change.kind();
        }
    }

    /** {@code roles SALES, MARKETING} → {@code 영업, 마케팅}: each role code in the reader's language. */
    private String roleWords(String detail, Locale locale) {
        String text = detail.startsWith("roles ") ? detail.substring("roles ".length()) : detail;
        for (Role role : Role.values()) {
            text = text.replaceAll("\\b" + role.name() + "\\b", messages.getMessage("role." + role.name(), null, role.name(), locale));
        }
        return text;
    }

    @PostMapping
    String processCreation(@Valid @ModelAttribute("newUser") NewUserForm form, BindingResult result, Principal principal,
                           Model model, Locale locale, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showUsers(model, locale);
        }
        try {
            IssuedPassword issued = administering.create(form.toCommand(principal.getName()));
            redirect.addFlashAttribute("issued", issued);
            return BACK;
        } catch (UserRightsRefused refused) {
            result.rejectValue("username", "users.refused." + refused.reason().name());
            return showUsers(model, locale);
        }
    }

    @PostMapping("/{id}/roles")
    String processRoles(@PathVariable long id, @RequestParam(name = "roles", required = false) Set<Role> roles,
                        Principal principal, RedirectAttributes redirect) {
        Set<Role> wanted = roles == null ? EnumSet.noneOf(Role.class) : roles;
        return attempt(redirect, () -> administering.changeRoles(new ChangeRoles(principal.getName(), new UserId(id), wanted)),
                "users.saved.roles");
    }

    @PostMapping("/{id}/disable")
    String processDisable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return attempt(redirect, () -> administering.disable(new DisableUser(principal.getName(), new UserId(id))),
                "users.saved.disabled");
    }

    @PostMapping("/{id}/enable")
    String processEnable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return attempt(redirect, () -> administering.enable(new EnableUser(principal.getName(), new UserId(id))),
                "users.saved.enabled");
    }

    @PostMapping("/{id}/password")
    String processPasswordReset(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        IssuedPassword issued = administering.resetPassword(new ResetPassword(principal.getName(), new UserId(id)));
        redirect.addFlashAttribute("issued", issued);
        return BACK;
    }

    /** A lost phone: the user signs in with the password alone until they set a second factor up again. */
    @PostMapping("/{id}/second-factor/remove")
    String processSecondFactorRemoval(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return attempt(redirect, () -> secondFactor.remove(principal.getName(), new UserId(id)), "users.saved.secondFactor");
    }

    private static String attempt(RedirectAttributes redirect, Runnable change, String successKey) {
        try {
            change.run();
            redirect.addFlashAttribute("message", successKey);
        } catch (UserRightsRefused refused) {
            redirect.addFlashAttribute("problem", "users.refused." + refused.reason().name());
        }
        return BACK;
    }
}
