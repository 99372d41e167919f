package org.greenplan.parser.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Reads document metadata from the lines before the first numbered heading (the notice header) and
 * from the signature that some documents print at the end (国务院 / 2019年1月12日).
 *
 * <p>Rules: the 主送 line ends with a colon; the issuer lines stand just above the date, a line
 * ending in (代) being the body that signed on the issuer's behalf (in a one-line copy glued to the issuer before
 * it: …办公室宿州市生态环境局(代)); the title is the last line before
 * the body that ends in the kind of document (工作要点, 实施方案, 意见 …), joined with the line above
 * when a title is broken after 关于; failing that, the 《…》 of the covering notice. 附件 lines and the
 * items of 附件 lists belong to the notice. Every header line that is none of these, nor notice text,
 * becomes a warning.
 */
final class HeaderReader {

    private static final ReusedMatcher ON_BEHALF = ReusedMatcher.compile("^(.+?)\\s*[（(]代[）)]$");
    private static final ReusedMatcher YEAR = ReusedMatcher.compile("(?:19|20)\\d{2}");

    private final List<Token> tokens;
    private final Set<Integer> consumed = new HashSet<>();
    private final List<String> quotedTitles = new ArrayList<>();
    private String title;
    private String issuer;
    private String onBehalf;
    private String documentNumber;
    private String noticeTitle;
    private LocalDate date;
    private Token dateLine;
    private List<String> addressees = List.of();

    /** @param tokens every line of the document, in order (line n at index n - 1) */
    HeaderReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Reads the header: tokens before {@code bodyStart} (the items of a 附件 list belong to the notice). */
    void readHead(int bodyStart) {
        List<Token> head = tokens.subList(0, bodyStart).stream()
                .filter(t -> !t.is(LineKind.BLANK))
                .toList();
        head.stream()
                .filter(t -> t.is(LineKind.ANNEX_ITEM))
                .forEach(t -> consumed.add(t.line().number()));
        head.stream().filter(t -> t.is(LineKind.TEXT)).forEach(this::field);
        if (dateLine != null) {
            issuersAbove(dateLine, line -> true, false);
        }
        titleFrom(head);
    }

    /**
     * Reads signature, 抄送, 附件, 联系人, 印发 and （此件公开发布） lines among text the body did not place.
     *
     * @param free unplaced body lines in document order
     * @return the line numbers recognised as metadata
     */
    Set<Integer> readSignature(List<Token> free) {
        Set<Integer> freeLines = new HashSet<>();
        free.forEach(t -> freeLines.add(t.line().number()));
        for (Token token : free) {
            DateReader.DateLine signed = DateReader.readDateLine(token.line().content());
            if (signed != null) {
                signature(token, signed, freeLines);
            } else if (HeaderLines.isFrameNote(token.line().content())) {
                consumed.add(token.line().number());
            }
        }
        return consumed;
    }

    /** @return warnings for header lines that are none of the known fields */
    List<ParseIssue> unknownHeadLines(int bodyStart) {
        return tokens.subList(0, bodyStart).stream()
                .filter(t ->
                        !t.is(LineKind.BLANK) && !consumed.contains(t.line().number()))
                .map(t -> ParseIssue.warning(
                        t.line().number(),
                        t.line().column(),
                        IssueCode.UNRECOGNISED_HEADER_TEXT,
                        Abbreviation.of(t.line().content(), 20)))
                .toList();
    }

    Header header() {
        String issuedBy = issuer != null ? issuer : HeaderLines.issuerOfNotice(noticeTitle == null ? "" : noticeTitle);
        return new Header(title, issuedBy, onBehalf, date, planYear(), addressees, documentNumber);
    }

    private void field(Token token) {
        String content = token.line().content();
        String number = HeaderLines.documentNumber(content);
        DateReader.DateLine signed = DateReader.readDateLine(content);
        if (number != null) {
            documentNumber = documentNumber == null ? number : documentNumber;
        } else if (signed != null) {
            dated(token, signed);
        } else if (addressees.isEmpty() && HeaderLines.isAddressees(content)) {
            addressees = HeaderLines.addressees(content);
        } else if (HeaderLines.isNoticeTitle(content)) {
            noticeTitle = noticeTitle == null ? content : noticeTitle;
        } else if (HeaderLines.isSentence(content) || HeaderLines.isFrameNote(content)) {
            noteQuotedTitle(content);
        } else {
            return;
        }
        consumed.add(token.line().number());
    }

    private void dated(Token token, DateReader.DateLine signed) {
        if (date == null) {
            date = signed.date();
            dateLine = token;
            issuer = signed.issuer();
        }
    }

    private void noteQuotedTitle(String content) {
        String quoted = HeaderLines.quotedTitle(content);
        if (quoted != null && content.contains("印发")) {
            quotedTitles.add(quoted);
        }
    }

    /**
     * The issuer (and a body signing on its behalf) stand on the {@code eligible} lines just above the
     * date; with {@code keepKnown}, an issuer or body on behalf read before stays.
     */
    private void issuersAbove(Token dated, Predicate<Token> eligible, boolean keepKnown) {
        Token line = previousNonBlank(dated);
        for (int n = 0; n < 3 && line != null && eligible.test(line) && canBeIssuer(line); n++) {
            Matcher behalf = ON_BEHALF.on(line.line().content());
            if (behalf.matches()) {
                String body = behalf.group(1);
                int second = HeaderLines.secondNameStart(body);
                if (second > 0) { // the issuer line above glued to it: a one-line copy
                    issuer = keepKnown && issuer != null ? issuer : body.substring(0, second);
                    body = body.substring(second);
                }
                onBehalf = keepKnown && onBehalf != null ? onBehalf : body;
            } else {
                issuer = keepKnown && issuer != null ? issuer : line.line().content();
            }
            consumed.add(line.line().number());
            line = previousNonBlank(line);
        }
    }

    private boolean canBeIssuer(Token token) {
        return !consumed.contains(token.line().number())
                && token.is(LineKind.TEXT)
                && HeaderLines.isIssuerLike(token.line().content());
    }

    private void signature(Token token, DateReader.DateLine signed, Set<Integer> freeLines) {
        consumed.add(token.line().number());
        if (date == null) {
            date = signed.date();
        }
        if (signed.issuer() == null) {
            issuersAbove(token, line -> freeLines.contains(line.line().number()), true);
        } else if (issuer == null) {
            issuer = signed.issuer();
        }
    }

    private void titleFrom(List<Token> head) {
        for (int i = head.size() - 1; i >= 0 && title == null; i--) {
            Token token = head.get(i);
            if (!consumed.contains(token.line().number())
                    && HeaderLines.isTitle(token.line().content())) {
                consumed.add(token.line().number());
                title = withFirstHalf(token);
            }
        }
        if (title == null) {
            title = noticeTitle != null ? HeaderLines.quotedTitle(noticeTitle) : null;
        }
        if (title == null && !quotedTitles.isEmpty()) {
            title = quotedTitles.get(0);
        }
    }

    private String withFirstHalf(Token titleLine) {
        int index = titleLine.line().number() - 2;
        Token above = index >= 0 ? tokens.get(index) : null;
        if (above == null
                || consumed.contains(above.line().number())
                || !above.is(LineKind.TEXT)
                || !HeaderLines.isTitleStart(above.line().content())) {
            return titleLine.line().content();
        }
        consumed.add(above.line().number());
        return above.line().content() + titleLine.line().content();
    }

    private Token previousNonBlank(Token token) {
        for (int i = token.line().number() - 2; i >= 0; i--) {
            if (!tokens.get(i).is(LineKind.BLANK)) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private Integer planYear() {
        Matcher year = YEAR.on(title == null ? "" : title);
        if (year.find()) {
            return Integer.valueOf(year.group());
        }
        return date == null ? null : date.getYear();
    }
}
