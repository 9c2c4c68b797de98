package vn.lienket.portal.web.submitter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.intake.SubmissionIntake.LoadFailedException;
import vn.lienket.portal.access.AccessScope;
import vn.lienket.portal.PortalProperties;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.board.QuarterBoard;
import vn.lienket.portal.template.QuarterTemplates;
import vn.lienket.portal.upload.PortalUploads;
import vn.lienket.portal.upload.UploadRefusedException;
import vn.lienket.portal.upload.UploadVerdict;
import vn.lienket.portal.web.Quarters;
import vn.lienket.workbook.template.TemplateProvince;

/**
 * The submitter's door: {@code /submit} (the upload form and the template download), {@code POST /submit}
 * (the upload; the verdict page follows) and {@code /template?quarter=2026-Q3}.
 */
@Controller
public class SubmitController {

    /** Where the browser's size check ({@code static/js/upload-limit.js}) puts the size of the file it keeps back. */
    private static final String SIZE_IN_BROWSER = "{size}";

    private final PortalUploads uploads;
    private final QuarterTemplates templates;
    private final QuarterBoard board;
    private final AccessScope scope;
    private final MessageSource messages;
    private final PortalProperties properties;

    public SubmitController(PortalUploads uploads, QuarterTemplates templates, QuarterBoard board, AccessScope scope,
                            MessageSource messages, PortalProperties properties) {
        this.uploads = uploads;
        this.templates = templates;
        this.board = board;
        this.scope = scope;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * The form; {@code tooLarge} (the size in bytes, or blank when unknown) is where {@link OversizedUploadRedirect}
     * sends an upload over the limit.
     */
    @GetMapping("/submit")
    public String form(@AuthenticationPrincipal PortalUser user,
                       @RequestParam(name = OversizedUploadRedirect.PARAMETER, required = false) String tooLarge,
                       Model model, Locale locale) {
        if (tooLarge != null) {
            model.addAttribute("uploadError", tooLargeMessage(parseSize(tooLarge), locale));
        }
        return form(user, model);
    }

    private String form(PortalUser user, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("maxUpload", megabytes(properties.maxUpload().toBytes(), locale));
        model.addAttribute("maxUploadBytes", properties.maxUpload().toBytes());
        model.addAttribute("tooLargeMessage", messages.getMessage("upload.refused.too-large.size",
                new Object[] {SIZE_IN_BROWSER, megabytes(properties.maxUpload().toBytes(), locale)}, locale));
        Quarter reporting = board.reportingQuarter();
        model.addAttribute("province", user.province().orElse(null));
        model.addAttribute("provinceName", user.province().map(templates::provinceName).orElse(null));
        model.addAttribute("quarters", Quarters.around(reporting));
        model.addAttribute("currentQuarter", reporting);
        return "submit";
    }

    /**
     * Takes the file through {@link PortalUploads} (the same path as the API: the submitter's door accepts only
     * their province, refusals are audited there). The verdict page of the submission follows (redirect after
     * post); another province's current bytes are refused on the form (403), that submission not shown.
     */
    @PostMapping("/submit")
    public String upload(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "file", required = false) MultipartFile file,
                         Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        UploadVerdict verdict;
        try {
            verdict = uploads.upload(user, file);
        } catch (UploadRefusedException e) {
            if (e.reason() == UploadRefusedException.Reason.TOO_LARGE) {
                response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return formWithError(user, model, tooLargeMessage(file.getSize(), locale));
            }
            return formWithError(user, model, messages.getMessage(e.reason().messageKey(), null, locale));
        } catch (IOException | LoadFailedException e) {
            return formWithError(user, model, messages.getMessage("submit.failed", new Object[] {e.getMessage()}, locale));
        }
        if (verdict.result().isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return formWithError(user, model, messages.getMessage("submit.anotherProvince",
                    new Object[] {user.province().map(Object::toString).orElse("")}, locale));
        }
        IntakeResult result = verdict.result().get();
        redirect.addFlashAttribute("alreadyProcessed", verdict.kind() == UploadVerdict.Kind.ALREADY_PROCESSED);
        return "redirect:/submissions/" + result.submission().id();
    }

    private String formWithError(PortalUser user, Model model, String error) {
        model.addAttribute("uploadError", error);
        return form(user, model);
    }

    /** The limit, and the file's size when known (above zero), in megabytes as the submitter's file manager shows them. */
    private String tooLargeMessage(long size, Locale locale) {
        String limit = megabytes(properties.maxUpload().toBytes(), locale);
        return size > 0
                ? messages.getMessage("upload.refused.too-large.size", new Object[] {megabytes(size, locale), limit}, locale)
                : messages.getMessage("upload.refused.too-large.limit", new Object[] {limit}, locale);
    }

    private static String megabytes(long bytes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private static long parseSize(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The template of the user's province (an operator names one with {@code province=P34:68}) for the quarter.
     * A province id that does not report the quarter is answered on the form with where the province went.
     */
    @GetMapping("/template")
    public Object template(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String quarter,
                           @RequestParam(required = false) String province, Model model, Locale locale) {
        Quarter period = Quarters.parse(quarter).orElseGet(board::reportingQuarter);
        ProvinceId asked = province == null || province.isBlank()
                ? user.province().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no province given"))
                : parseProvince(province);
        scope.requireActFor(user, asked);
        TemplateProvince reporting = templates.province(asked, period);
        if (!(reporting instanceof TemplateProvince.Reporting)) {
            model.addAttribute("templateError", explain(reporting, asked, period, locale));
            form(user, model);
            model.addAttribute("currentQuarter", period);
            return "submit";
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        templates.write(asked, period, body);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(QuarterTemplates.fileName(asked, period)).build().toString())
                .body(body.toByteArray());
    }

    private static ProvinceId parseProvince(String text) {
        try {
            return ProvinceId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no province " + text);
        }
    }

    /** Where the province asked for went, as {@code lienket template} says it. */
    private String explain(TemplateProvince province, ProvinceId asked, Quarter period, Locale locale) {
        if (province instanceof TemplateProvince.Merged merged) {
            return messages.getMessage("template.merged", new Object[] {merged.succession().from().name(), asked,
                    merged.succession().to().name(), VietnameseDates.DAY.format(merged.succession().effective()), period,
                    merged.succession().to().id()}, locale);
        }
        if (province instanceof TemplateProvince.CodeOfAnotherEra other) {
            return messages.getMessage("template.codeOfAnotherEra", new Object[] {asked, period,
                    other.succession().from().name(), other.succession().to().id()}, locale);
        }
        return messages.getMessage("template.wrongEra", new Object[] {asked, period}, locale);
    }
}
