#include "analytics/factsframes.h"

#include "analytics/factswire.h"
#include "protocol/codec.h"

namespace pilothouse::analytics {

std::vector<protocol::Facts> factsFrames(const QList<QDate> &days, const QMap<QDate, QList<DayFacts>> &rows,
    qint64 asOf, const QString &currency, std::size_t maxBytes)
{
    // Sizes as the codec writes them: the envelope with empty arrays once, then each day's name and
    // each row with the comma that separates it (one too many per array: the count stays an upper bound).
    const std::string currencyText = currency.toStdString();
    const std::size_t envelope
        = protocol::encode(protocol::ServerFrame {protocol::Facts {asOf, currencyText, {}, {}}}).size();
    const auto rowBytes = [](const protocol::FactsRow &row) {
        return protocol::encodeJson(protocol::factsToJson(protocol::Facts {0, {}, {}, {row}}).at("rows").at(0)).size()
            + 1;
    };
    std::vector<protocol::Facts> frames;
    protocol::Facts frame;
    std::size_t bytes = envelope;
    const auto flush = [&] {
        if (frame.days.empty() && frame.rows.empty())
            return;
        frame.asOf = asOf;
        frame.currency = currencyText;
        frames.push_back(std::move(frame));
        frame = {};
        bytes = envelope;
    };
    for (const QDate &day : days) {
        std::string name = day.toString(Qt::ISODate).toStdString();
        const std::size_t nameBytes = name.size() + 3; // quotes and comma
        if (bytes + nameBytes > maxBytes)
            flush();
        bytes += nameBytes;
        frame.days.push_back(std::move(name));
        for (const DayFacts &row : rows.value(day)) {
            protocol::FactsRow wire = toWire(row);
            const std::size_t size = rowBytes(wire);
            if (bytes + size > maxBytes && !frame.rows.empty())
                flush(); // the day continues, unlisted, in the next frame
            bytes += size;
            frame.rows.push_back(std::move(wire));
        }
    }
    flush();
    return frames;
}

} // namespace pilothouse::analytics
