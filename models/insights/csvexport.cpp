#include "insights/csvexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace pilothouse::models {

QString CsvExport::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            value.prepend(u'\'');
    }
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QString CsvExport::table(const QAbstractItemModel &model, const QList<CsvColumn> &columns)
{
    QString csv;
    QStringList line;
    for (const CsvColumn &column : columns)
        line.append(cell(column.header));
    csv += line.join(u',') + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        line.clear();
        const QModelIndex index = model.index(row, 0);
        for (const CsvColumn &column : columns)
            line.append(cell(model.data(index, column.role).toString()));
        csv += line.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

QString CsvExport::write(const QString &path, const QString &csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QCoreApplication::translate("CsvExport", "Could not write %1: %2").arg(path, file.errorString());
    }
    file.write("\xEF\xBB\xBF");
    file.write(csv.toUtf8());
    if (!file.commit())
        return QCoreApplication::translate("CsvExport", "Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace pilothouse::models
