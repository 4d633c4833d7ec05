package io.dangol.crm.admin.web;

import io.dangol.crm.admin.ChangeOwnPassword;
import io.dangol.crm.admin.PasswordPolicy;
import io.dangol.crm.web.SignInSteps;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every member of staff: choose your own password — at the first sign-in with an issued one, or whenever you like. */
@Controller
class PasswordController {

    static final String VIEW = "admin/password";

    private final ChangeOwnPassword change;

    PasswordController(ChangeOwnPassword change) {
        this.change = change;
    }

    @GetMapping(SignInSteps.PASSWORD_FORM)
    String showForm(Model model, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        model.addAttribute("mustChoose", session != null && Boolean.TRUE.equals(session.getAttribute(SignInSteps.PASSWORD_MARK)));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return VIEW;
    }

    @PostMapping(SignInSteps.PASSWORD_FORM)
    String processChange(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String chosen,
                         @RequestParam(defaultValue = "") String repeated, Principal principal, HttpServletRequest request,
                         Model model, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        ChangeOwnPassword.Result result = change.handle(new ChangeOwnPassword.Command(principal.getName(), current, chosen,
                repeated, session.getId()));
        if (!result.changed()) {
            model.addAttribute("problem", result.problem().get());
            return showForm(model, request);
        }
        session.removeAttribute(SignInSteps.PASSWORD_MARK);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/";
    }
}
