#pragma once
// The History page: every cached conversation, closed ones included, filtered, sorted and
// searched on the History thread (review/historyworker.h), online or offline. The list does not
// move under the reader: when the cache changes it says so (`stale`) and reloads on request or on
// the next change of the filter. An empty list has nothing to hold still: it fills as the cache does.

#include "review/exportjob.h"
#include "review/historyworker.h"
#include "review/readerthread.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class HistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.history")

    // The filters. Each option list is [{text, value}] in display order; QML passes the value back.
    Q_PROPERTY(int period READ period WRITE setPeriod NOTIFY filterChanged)
    Q_PROPERTY(int outcome READ outcome WRITE setOutcome NOTIFY filterChanged)
    Q_PROPERTY(int closedBy READ closedBy WRITE setClosedBy NOTIFY filterChanged)
    Q_PROPERTY(QString intent READ intent WRITE setIntent NOTIFY filterChanged)
    Q_PROPERTY(int channel READ channel WRITE setChannel NOTIFY filterChanged)
    Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(QString segment READ segment WRITE setSegment NOTIFY filterChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY filterChanged)
    Q_PROPERTY(int confidenceBelow READ confidenceBelow WRITE setConfidenceBelow NOTIFY filterChanged)
    Q_PROPERTY(int handoff READ handoff WRITE setHandoff NOTIFY filterChanged)
    Q_PROPERTY(int reviewed READ reviewed WRITE setReviewed NOTIFY filterChanged)
    Q_PROPERTY(int rating READ rating WRITE setRating NOTIFY filterChanged)
    /// A HistorySort; not `sort`, which would hide QAbstractItemModel::sort().
    Q_PROPERTY(int sortBy READ sortBy WRITE setSortBy NOTIFY filterChanged)
    /// What the user typed in the search field; searched as prefixes, accents ignored.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    /// True when any filter or the search differs from the defaults.
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)

    Q_PROPERTY(QVariantList periodOptions READ periodOptions CONSTANT)
    Q_PROPERTY(QVariantList outcomeOptions READ outcomeOptions CONSTANT)
    Q_PROPERTY(QVariantList closedByOptions READ closedByOptions CONSTANT)
    Q_PROPERTY(QVariantList channelOptions READ channelOptions CONSTANT)
    Q_PROPERTY(QVariantList kindOptions READ kindOptions CONSTANT)
    Q_PROPERTY(QVariantList confidenceOptions READ confidenceOptions CONSTANT)
    Q_PROPERTY(QVariantList handoffOptions READ handoffOptions CONSTANT)
    Q_PROPERTY(QVariantList reviewedOptions READ reviewedOptions CONSTANT)
    Q_PROPERTY(QVariantList ratingOptions READ ratingOptions CONSTANT)
    Q_PROPERTY(QVariantList sortOptions READ sortOptions CONSTANT)
    /// From what the cache holds: [{text, value}] with "All" first.
    Q_PROPERTY(QVariantList intentOptions READ intentOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList segmentOptions READ segmentOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList languageOptions READ languageOptions NOTIFY optionsChanged)

    // The state of the list.
    Q_PROPERTY(int count READ count NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    /// False until the first answer arrives.
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    /// "1,204 conversations", "12 conversations match “refund”"; "" before the first answer.
    Q_PROPERTY(QString summary READ summary NOTIFY stateChanged)
    /// Why the list could not be read; "" when it could.
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    /// The cache changed since the list was read: refresh() shows the changes.
    Q_PROPERTY(bool stale READ stale NOTIFY stateChanged)
    /// Set by the page while it is shown: a hidden History reads nothing.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    /// Exports the shown rows (exportRows()); QML binds its progress and its finished() message.
    Q_PROPERTY(pilothouse::models::ExportJob *exporter READ exporter CONSTANT)

public:
    enum Period { Last7Days, Last30Days, Last90Days, AllCached };
    Q_ENUM(Period)

    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        CustomerNameRole,
        SubjectRole,
        ChannelRole,
        KindRole,
        StatusRole,
        IntentTextRole,
        CreatedTextRole,
        OutcomeRole,
        ClosedTextRole, ///< "Resolved by Maria", "Resolved by the AI", "Open"
        MinConfidenceRole, ///< 0..1, or -1 without AI replies
        MinConfidenceBandRole, ///< Its band (board/bands.h), 0 without AI replies
        HitMessageIdRole, ///< The message to open at: the search hit, else the weakest reply
        RatingRole, ///< 1..5, 0 when not rated
        HandoffTextRole, ///< "Low confidence", "Taken over", "" when never handed off
        ReviewedRole,
        WrongRepliesRole,
        LanguageRole,
        SnippetRole, ///< The search hit as StyledText (customer text escaped); "" without a search
        HitsTextRole, ///< "3 matching messages" when more than one message matched; else
        AccessibleTextRole, ///< The row in one sentence, for screen readers
    };
    Q_ENUM(Role)

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The cache file to read (set when the account opens it; "" when none).
    void setDatabasePath(const QString &path);
    /// The io thread wrote to the cache: the shown list may be out of date.
    void cacheChanged();

    /// Reads the list again with the current filters.
    Q_INVOKABLE void refresh();
    /// Every filter and the search back to their defaults.
    Q_INVOKABLE void resetFilters();
    /// Writes the rows the list shows, in its order, as `format` (ExportJob::Format) to the local
    /// file `file`; false (and the exporter's finished() with the reason) when it cannot start.
    Q_INVOKABLE bool exportRows(int format, const QUrl &file, bool redact, bool includeInternal);
    /// Prints one cached conversation's transcript as PDF to the local file `file` (the open
    /// conversation's "Save as PDF…"). Its row is read on History's thread first; the exporter's
    /// finished() says how it went, also when the conversation is not cached.
    Q_INVOKABLE void exportTranscript(const QString &conversationId, const QUrl &file, bool includeInternal);
    ExportJob *exporter() { return &m_export; }

    /// The filter as the worker reads it (tests).
    HistoryFilter filter() const { return m_filter; }
    const HistoryRow *rowAt(int row) const;

    int period() const { return m_period; }
    void setPeriod(int value);
    int outcome() const;
    void setOutcome(int value);
    int closedBy() const { return int(m_filter.closedBy); }
    void setClosedBy(int value);
    QString intent() const { return m_filter.intent; }
    void setIntent(const QString &value);
    int channel() const;
    void setChannel(int value);
    int kind() const;
    void setKind(int value);
    QString segment() const { return m_filter.segment; }
    void setSegment(const QString &value);
    QString language() const { return m_filter.language; }
    void setLanguage(const QString &value);
    int confidenceBelow() const;
    void setConfidenceBelow(int percent);
    int handoff() const;
    void setHandoff(int value);
    int reviewed() const;
    void setReviewed(int value);
    int rating() const;
    void setRating(int value);
    int sortBy() const { return int(m_filter.sort); }
    void setSortBy(int value);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    bool filtered() const;

    QVariantList periodOptions() const;
    QVariantList outcomeOptions() const;
    QVariantList closedByOptions() const;
    QVariantList channelOptions() const;
    QVariantList kindOptions() const;
    QVariantList confidenceOptions() const;
    QVariantList handoffOptions() const;
    QVariantList reviewedOptions() const;
    QVariantList ratingOptions() const;
    QVariantList sortOptions() const;
    QVariantList intentOptions() const;
    QVariantList segmentOptions() const;
    QVariantList languageOptions() const;

    int count() const { return int(m_rows.size()); }
    bool busy() const { return m_busy; }
    bool loaded() const { return m_loaded; }
    QString summary() const { return m_summary; }
    QString errorText() const { return m_error; }
    bool stale() const { return m_stale; }
    bool active() const { return m_active; }
    void setActive(bool active);

Q_SIGNALS:
    void filterChanged();
    void optionsChanged();
    void stateChanged();
    void activeChanged();
    /// An answer was shown (tests wait for it).
    void refreshed();

private:
    void filterEdited();
    void deliver(const HistoryResult &result);
    void updateSummary();
    HistoryFilter effectiveFilter() const;

    ExportJob m_export;
    ReaderThread<HistoryWorker> m_reader {QStringLiteral("history")};
    QTimer m_debounce; ///< Coalesces typing and quick filter changes.
    QString m_databasePath;
    HistoryFilter m_filter;
    int m_period = Last30Days;
    QString m_searchText;
    int m_generation = 0;
    int m_shownGeneration = 0;
    QList<HistoryRow> m_rows;
    QHash<QString, SearchHit> m_hits;
    bool m_searched = false;
    bool m_truncated = false;
    qint64 m_unindexed = 0; ///< Messages the last search could not see yet (store/searchbacklog.h).
    QStringList m_intents, m_segments, m_languages;
    bool m_busy = false;
    bool m_loaded = false;
    bool m_stale = false;
    bool m_active = false;
    bool m_wanted = false; ///< A refresh waits for the page to be shown.
    bool m_optionsStale = true; ///< The filters' intents, segments and languages need reading again.
    QString m_summary;
    QString m_error;
};

} // namespace pilothouse::models
