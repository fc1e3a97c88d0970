#include "review/transcriptpdf.h"

#include "domain/catalogue.h"
#include "domain/displaytext.h"
#include "insights/metrictext.h"
#include "review/redaction.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

// Points (72 dpi, as insights/reportpdf.cpp), and its colours.
constexpr qreal kPad = 4;
constexpr qreal kFooter = 24;
const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x57, 0x60, 0x6a);
const QColor kRule(0xd0, 0xd7, 0xde);
const QColor kInternalFill(0xfb, 0xf4, 0xe0);

/// Wraps between words, and inside a word (a long link) only when it is wider than its column.
QTextOption wrapping()
{
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

QString plain(const QString &text, Redactor *redactor)
{
    return displayText(redactor ? redactor->redact(text) : text);
}

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

/// Cuts `text` near its middle, at a space or line break when there is one.
std::pair<QString, QString> halves(const QString &text)
{
    const qsizetype middle = text.size() / 2;
    qsizetype cut = text.lastIndexOf(u'\n', middle);
    if (cut <= 0)
        cut = text.lastIndexOf(u' ', middle);
    if (cut <= 0)
        cut = std::max<qsizetype>(1, middle);
    return {text.left(cut), text.mid(cut).trimmed()};
}

} // namespace

struct TranscriptPdf::Painter {
    QPdfWriter writer;
    QPainter painter;
    QString footer;
    QRectF area;
    qreal y = 0;
    int page = 1;
    bool empty = true;

    explicit Painter(QIODevice *device)
        : writer(device)
    { }

    qreal bottom() const { return area.height() - kFooter; }

    void setFont(qreal size, bool bold = false, bool italic = false)
    {
        QFont font = painter.font();
        font.setPointSizeF(size);
        font.setBold(bold);
        font.setItalic(italic);
        painter.setFont(font);
    }

    void drawFooter()
    {
        setFont(8);
        painter.setPen(kMuted);
        const QRectF line(0, area.height() - 14, area.width(), 14);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, TranscriptPdf::tr("Page %1").arg(page));
    }

    void newPage()
    {
        drawFooter();
        writer.newPage();
        ++page;
        y = 0;
    }

    void paragraph(const QString &text, qreal size, bool bold, const QColor &colour)
    {
        setFont(size, bold);
        const QRectF box = painter.boundingRect(QRectF(0, 0, area.width(), 1e6), text, wrapping());
        if (y + box.height() > bottom() && y > 0)
            newPage();
        painter.setPen(colour);
        painter.drawText(QRectF(0, y, area.width(), box.height()), text, wrapping());
        y += box.height() + 3;
    }

    /// One message; a text taller than a page is split and continued.
    void message(const TranscriptLine &line, qreal timeWidth, qreal authorWidth)
    {
        const qreal textWidth = area.width() - timeWidth - authorWidth;
        const QString body = line.mark.isEmpty() ? line.text : line.mark + u'\n' + line.text;
        setFont(9);
        const QRectF author = painter.boundingRect(QRectF(0, 0, authorWidth - 2 * kPad, 1e6), line.author, wrapping());
        const QRectF text = painter.boundingRect(QRectF(0, 0, textWidth - 2 * kPad, 1e6), body, wrapping());
        const qreal height = std::max(author.height(), text.height()) + 2 * kPad;
        if (height > bottom() && line.text.size() > 1) {
            auto [first, rest] = halves(line.text);
            message({line.time, line.author, first, line.mark}, timeWidth, authorWidth);
            message({QString(), QString(), rest, line.mark}, timeWidth, authorWidth);
            return;
        }
        if (y + height > bottom() && y > 0)
            newPage();
        if (!line.mark.isEmpty())
            painter.fillRect(QRectF(0, y, area.width(), height), kInternalFill);
        painter.setPen(kMuted);
        painter.drawText(QRectF(kPad, y + kPad, timeWidth - 2 * kPad, height), line.time, wrapping());
        painter.setPen(kText);
        painter.drawText(QRectF(timeWidth + kPad, y + kPad, authorWidth - 2 * kPad, height), line.author, wrapping());
        painter.drawText(
            QRectF(timeWidth + authorWidth + kPad, y + kPad, textWidth - 2 * kPad, height), body, wrapping());
        painter.setPen(kRule);
        painter.drawLine(QPointF(0, y + height), QPointF(area.width(), y + height));
        y += height;
    }
};

TranscriptPdf::TranscriptPdf(QIODevice *device, const QString &title, const QString &footer)
    : m_painter(std::make_unique<Painter>(device))
{
    QPdfWriter &writer = m_painter->writer;
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(40, 40, 40, 40)));
    writer.setTitle(title);
    writer.setCreator(u"Pilothouse"_s);
    m_painter->painter.begin(&writer);
    m_painter->footer = footer;
    m_painter->area = m_painter->painter.viewport();
    m_painter->area.moveTo(0, 0);
}

TranscriptPdf::~TranscriptPdf()
{
    if (m_painter->painter.isActive())
        finish();
}

void TranscriptPdf::add(const TranscriptPage &page)
{
    Painter &p = *m_painter;
    if (!p.empty)
        p.newPage();
    p.empty = false;
    p.paragraph(page.title, 15, true, kText);
    for (const QString &fact : page.facts)
        p.paragraph(fact, 9, false, kMuted);
    p.y += 8;
    // The time column fits the widest time; the author column its widest name, at most a quarter.
    p.setFont(9);
    const QFontMetricsF metrics(p.painter.font(), p.painter.device());
    qreal timeWidth = 0, authorWidth = 0;
    for (const TranscriptLine &line : page.lines) {
        timeWidth = std::max(timeWidth, metrics.horizontalAdvance(line.time));
        authorWidth = std::max(authorWidth, metrics.horizontalAdvance(line.author));
    }
    timeWidth += 2 * kPad + 1;
    authorWidth = std::min(authorWidth + 2 * kPad + 1, p.area.width() / 4);
    for (const TranscriptLine &line : page.lines)
        p.message(line, timeWidth, authorWidth);
    if (page.lines.isEmpty())
        p.paragraph(tr("No cached messages."), 9, false, kMuted);
}

int TranscriptPdf::finish()
{
    if (m_painter->painter.isActive()) {
        m_painter->drawFooter();
        m_painter->painter.end();
    }
    return m_painter->page;
}

TranscriptPage TranscriptPdf::page(
    const HistoryRow &row, const QList<MessageRecord> &messages, bool includeInternal, Redactor *redactor)
{
    const QLocale locale;
    TranscriptPage page;
    page.title = tr("Conversation with %1").arg(plain(row.customerName, redactor));
    QStringList customer {plain(row.customerEmail, redactor), catalogue::segmentLabel(row.segment)};
    customer.removeAll(QString());
    if (!customer.isEmpty())
        page.facts.append(customer.join(u" · "_s));
    page.facts.append(tr("%1, %2, started %3")
                          .arg(catalogue::label(row.channel), catalogue::label(row.kind), localTime(row.createdAt)));
    if (row.outcome != Outcome::None && row.closedAt)
        page.facts.append(
            tr("%1 by %2, %3")
                .arg(catalogue::label(row.outcome), plain(row.closedBy, nullptr), localTime(*row.closedAt)));
    if (row.handoffReason != EscalationReason::None)
        page.facts.append(tr("Handed to a person: %1").arg(catalogue::label(row.handoffReason)));
    page.facts.append(tr("Conversation %1").arg(row.conversationId));
    for (const MessageRecord &message : messages) {
        if (!includeInternal && message.visibility != Visibility::Public)
            continue;
        TranscriptLine line;
        line.time = localTime(message.at);
        const QString name = plain(message.authorName, redactor);
        line.author = name.isEmpty() ? catalogue::label(message.author) : name;
        if (message.hasAi)
            line.author = tr("%1 (AI, %2)", "author of an AI reply and its confidence")
                              .arg(line.author, MetricText::percent(message.confidence, locale));
        line.text = plain(message.text, redactor);
        line.mark = catalogue::label(message.visibility);
        page.lines.append(line);
    }
    return page;
}

} // namespace pilothouse::models
