package vn.lienket.portal.web.leader;

import java.nio.file.Path;
import java.util.Locale;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.portal.access.AccessScope;
import vn.lienket.portal.access.OutOfScopeException;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.board.QuarterBoard;
import vn.lienket.portal.scorecard.ScorecardShelf;
import vn.lienket.portal.web.Quarters;
import vn.lienket.render.ScorecardRecord;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.SubjectKind;

/**
 * The leaders' scorecards: {@code /scorecards?quarter=2026-Q3&view=current|as-submitted} lists the newest PDF
 * and XLSX of each programme and province the user may see; {@code /scorecards/{id}.pdf|xlsx} downloads one.
 */
@Controller
public class ScorecardController {

    private final ScorecardShelf shelf;
    private final QuarterBoard board;
    private final AccessScope scope;

    public ScorecardController(ScorecardShelf shelf, QuarterBoard board, AccessScope scope) {
        this.shelf = shelf;
        this.board = board;
        this.scope = scope;
    }

    @GetMapping("/scorecards")
    public String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String quarter,
                       @RequestParam(defaultValue = "current") String view, Model model) {
        Quarter period = Quarters.parse(quarter).orElseGet(board::reportingQuarter);
        ScorecardView scorecardView = parseView(view);
        model.addAttribute("scorecards", shelf.shelf(period, scorecardView, visibility(user)));
        model.addAttribute("quarter", period);
        model.addAttribute("view", scorecardView.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        model.addAttribute("quarters", Quarters.around(board.reportingQuarter()));
        return "scorecards";
    }

    @GetMapping("/scorecards/{id:\\d+}.{format:pdf|xlsx}")
    public ResponseEntity<Resource> download(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
                                             @PathVariable String format) {
        ScorecardRecord record = shelf.find(id).orElseThrow(() -> new OutOfScopeException("scorecard " + id));
        if (record.kind() == SubjectKind.PROGRAMME) {
            scope.requireProgramme(user, record.subjectCode());
        } else {
            scope.requireVisible(user, ProvinceId.parse(record.subjectCode()));
        }
        Path file = ScorecardShelf.file(record, format).orElseThrow(() -> new OutOfScopeException("file of scorecard " + id));
        MediaType type = "pdf".equals(format) ? MediaType.APPLICATION_PDF
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(file));
    }

    private ScorecardShelf.Visibility visibility(PortalUser user) {
        return new ScorecardShelf.Visibility(programme -> scope.maySeeProgramme(user, programme),
                province -> scope.maySee(user, province));
    }

    private static ScorecardView parseView(String view) {
        try {
            return ScorecardShelf.view(view);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no view " + view);
        }
    }
}
