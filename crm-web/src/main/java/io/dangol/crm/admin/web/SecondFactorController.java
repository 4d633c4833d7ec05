package io.dangol.crm.admin.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import io.dangol.crm.admin.SecondFactor;
import io.dangol.crm.web.SignInSteps;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor: the code asked at sign-in (five wrong codes end the session), and the enrolment — a secret shown
 * as a QR code for the authenticator app and as text, confirmed by the code the app shows.
 */
@Controller
class SecondFactorController {

    static final String CODE_VIEW = "admin/second-factor";
    static final String ENROL_VIEW = "admin/second-factor-setup";
    private static final String SECRET = "dangol.secondFactorSecret";
    private static final String FAILURES = "dangol.secondFactorFailures";
    private static final int MAX_FAILURES = 5;

    private final SecondFactor secondFactor;

    SecondFactorController(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping(SignInSteps.CODE_FORM)
    String showCodeForm() {
        return CODE_VIEW;
    }

    @PostMapping(SignInSteps.CODE_FORM)
    String processCode(@RequestParam(defaultValue = "") String code, Principal principal, HttpServletRequest request,
                       Model model) {
        HttpSession session = request.getSession();
        if (secondFactor.check(principal.getName(), code)) {
            session.removeAttribute(SignInSteps.CODE_MARK);
            session.removeAttribute(FAILURES);
            String owed = SignInSteps.owed(session);
            return "redirect:" + (owed == null ? "/" : owed);
        }
        int failures = (session.getAttribute(FAILURES) instanceof Integer n ? n : 0) + 1;
        if (failures >= MAX_FAILURES) {
            session.invalidate();
            return "redirect:/login?error";
        }
        session.setAttribute(FAILURES, failures);
        model.addAttribute("problem", "mfa.problem.code");
        return CODE_VIEW;
    }

    @GetMapping(SignInSteps.ENROL_FORM)
    String showEnrolment(Principal principal, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession();
        String secret = secondFactor.start(principal.getName()).secret();
        session.setAttribute(SECRET, secret);
        return enrolmentPage(principal.getName(), secret, session, model);
    }

    /** The secret as a QR code and as text in groups of four, and whether the enrolment is compulsory. */
    private String enrolmentPage(String username, String secret, HttpSession session, Model model) {
        model.addAttribute("secret", secret == null ? "" : secret.replaceAll("(.{4})", "$1 ").strip());
        model.addAttribute("qr", secret == null ? "" : qr(secondFactor.uriFor(username, secret)));
        model.addAttribute("required", Boolean.TRUE.equals(session.getAttribute(SignInSteps.ENROL_MARK)));
        return ENROL_VIEW;
    }

    @PostMapping(SignInSteps.ENROL_FORM)
    String processEnrolment(@RequestParam(defaultValue = "") String code, Principal principal, HttpServletRequest request,
                            Model model, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        String secret = session.getAttribute(SECRET) instanceof String s ? s : null;
        var problem = secondFactor.confirm(principal.getName(), secret, code);
        if (problem.isPresent()) {
            model.addAttribute("problem", problem.get());
            return enrolmentPage(principal.getName(), secret, session, model);
        }
        session.removeAttribute(SECRET);
        session.removeAttribute(SignInSteps.ENROL_MARK);
        redirect.addFlashAttribute("secondFactorAdded", true);
        String owed = SignInSteps.owed(session);
        return "redirect:" + (owed == null ? "/" : owed);
    }

    /** The QR code as inline SVG: one path of dark modules, no script, no image request. */
    static String qr(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                    + "\" width=\"220\" height=\"220\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" "
                    + "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            return "";
        }
    }
}
