#include "insights/reportpdf.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace pilothouse::models {

namespace {

// Points (the writer's resolution is 72 dpi, so one unit is one point).
constexpr qreal kCellPad = 4;
constexpr qreal kSectionGap = 18;
const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x57, 0x60, 0x6a);
const QColor kRule(0xd0, 0xd7, 0xde);
const QColor kHeadingFill(0xf3, 0xf4, 0xf6);

class Pager {
public:
    Pager(QPdfWriter &writer, QPainter &painter, QString footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_footer(std::move(footer))
    {
        m_area = m_painter.viewport();
        m_area.moveTo(0, 0);
        m_bottom = m_area.height() - 24; // room for the footer
    }

    qreal y = 0;
    qreal width() const { return m_area.width(); }
    int pages() const { return m_page; }

    /// Makes room for `height` more points, starting a new page when it does not fit.
    bool ensure(qreal height)
    {
        if (y + height <= m_bottom || y == 0)
            return false;
        newPage();
        return true;
    }

    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_page;
        y = 0;
    }

    void finish() { footer(); }

private:
    void footer()
    {
        QFont font = m_painter.font();
        font.setPointSizeF(8);
        m_painter.setFont(font);
        m_painter.setPen(kMuted);
        const QRectF line(0, m_area.height() - 14, m_area.width(), 14);
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter.drawText(
            line, Qt::AlignRight | Qt::AlignVCenter, QCoreApplication::translate("ReportPdf", "Page %1").arg(m_page));
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_footer;
    QRectF m_area;
    qreal m_bottom = 0;
    int m_page = 1;
};

/// Column widths: each column at least as wide as its longest header word and its widest cell,
/// the space left to the first column (the labels); shrunk in proportion when the page is too
/// narrow for all of them.
QList<qreal> columnWidths(
    const PdfSection &section, const QFont &heading, const QFont &body, const QPaintDevice *device, qreal total)
{
    const QFontMetricsF headingMetrics(heading, device);
    const QFontMetricsF bodyMetrics(body, device);
    const auto count = section.headers.size();
    QList<qreal> widths(count, 0);
    for (qsizetype i = 0; i < count; ++i) {
        for (const QString &word : section.headers[i].split(u' ', Qt::SkipEmptyParts))
            widths[i] = std::max(widths[i], headingMetrics.horizontalAdvance(word));
        // The first column's labels may wrap (up to 40 % of the page); the figures may not.
        for (const QStringList &row : section.rows) {
            if (i < row.size())
                widths[i] = std::max(widths[i], bodyMetrics.horizontalAdvance(row[i]));
        }
        if (i == 0)
            widths[i] = std::min(widths[i], total * 0.4);
        widths[i] += 2 * kCellPad + 1;
    }
    qreal sum = 0;
    for (qreal w : widths)
        sum += w;
    if (sum <= total && count > 0)
        widths[0] += total - sum;
    else if (sum > 0)
        for (qreal &w : widths)
            w = w / sum * total;
    return widths;
}

qreal rowHeight(QPainter &painter, const QStringList &cells, const QList<qreal> &widths)
{
    qreal height = 0;
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
        const QRectF box = painter.boundingRect(
            QRectF(0, 0, widths[i] - 2 * kCellPad, 1e6), Qt::TextWordWrap | Qt::AlignLeft, cells[i]);
        height = std::max(height, box.height());
    }
    return height + 2 * kCellPad;
}

void drawRow(QPainter &painter, Pager &pager, const QStringList &cells, const QList<qreal> &widths, bool heading)
{
    const qreal height = rowHeight(painter, cells, widths);
    if (heading)
        painter.fillRect(QRectF(0, pager.y, pager.width(), height), kHeadingFill);
    painter.setPen(heading ? kMuted : kText);
    qreal x = 0;
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
        const Qt::Alignment align = i == 0 ? Qt::AlignLeft : Qt::AlignRight;
        painter.drawText(QRectF(x + kCellPad, pager.y + kCellPad, widths[i] - 2 * kCellPad, height - 2 * kCellPad),
            int(align | Qt::AlignTop | Qt::TextWordWrap), cells[i]);
        x += widths[i];
    }
    painter.setPen(kRule);
    painter.drawLine(QPointF(0, pager.y + height), QPointF(pager.width(), pager.y + height));
    pager.y += height;
}

void drawParagraph(QPainter &painter, Pager &pager, const QString &text, qreal size, bool bold, const QColor &colour)
{
    QFont font = painter.font();
    font.setPointSizeF(size);
    font.setBold(bold);
    painter.setFont(font);
    const QRectF box = painter.boundingRect(QRectF(0, 0, pager.width(), 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
    pager.ensure(box.height());
    painter.setPen(colour);
    painter.drawText(QRectF(0, pager.y, pager.width(), box.height()), Qt::TextWordWrap | Qt::AlignLeft, text);
    pager.y += box.height() + 3;
}

void drawSection(QPainter &painter, Pager &pager, const PdfSection &section)
{
    // A title never ends a page alone: keep it with the header and a first row.
    QFont body = painter.font();
    body.setPointSizeF(9);
    body.setBold(false);
    pager.ensure(section.note.isEmpty() ? 90 : 120);
    drawParagraph(painter, pager, section.title, 13, true, kText);
    if (!section.note.isEmpty())
        drawParagraph(painter, pager, section.note, 9, false, kMuted);
    pager.y += 4;
    QFont heading = body;
    heading.setBold(true);
    const QList<qreal> widths = columnWidths(section, heading, body, painter.device(), pager.width());
    painter.setFont(heading);
    drawRow(painter, pager, section.headers, widths, true);
    for (const QStringList &row : section.rows) {
        painter.setFont(body);
        if (pager.ensure(rowHeight(painter, row, widths))) {
            painter.setFont(heading);
            drawRow(painter, pager, section.headers, widths, true); // the header again on a new page
            painter.setFont(body);
        }
        drawRow(painter, pager, row, widths, false);
    }
    if (section.rows.isEmpty()) {
        painter.setFont(body);
        drawRow(painter, pager, {QCoreApplication::translate("ReportPdf", "Nothing in this period.")}, {pager.width()},
            false);
    }
    pager.y += kSectionGap;
}

} // namespace

int ReportPdf::write(const PdfDocument &document, QIODevice *device, const Progress &progress)
{
    QPdfWriter writer(device);
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(40, 40, 40, 40)));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Pilothouse"));
    QPainter painter(&writer);
    Pager pager(writer, painter, document.footer);

    drawParagraph(painter, pager, document.title, 18, true, kText);
    for (const QString &line : document.intro)
        drawParagraph(painter, pager, line, 9.5, false, kMuted);
    pager.y += kSectionGap;
    const int total = int(document.sections.size());
    for (int i = 0; i < total; ++i) {
        drawSection(painter, pager, document.sections[i]);
        if (progress)
            progress(i + 1, total);
    }
    pager.finish();
    painter.end();
    return pager.pages();
}

} // namespace pilothouse::models
