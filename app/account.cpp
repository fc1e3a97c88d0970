#include "account.h"

#include "accountsecurity.h"
#include "restsession.h"

#include "actions/operatoractions.h"
#include "analytics/costmodelwire.h"
#include "analytics/factsledger.h"
#include "domain/catalogue.h"
#include "insights/analyticsreport.h"
#include "insights/conversationsbehindmodel.h"
#include "live/identity.h"
#include "live/workspace.h"
#include "team/savedreplieseditor.h"
#include "team/savedrepliesmodel.h"
#include "team/teammodel.h"
#include "review/historymodel.h"
#include "review/reviewmodel.h"
#include "rules/rulesmodel.h"
#include "log/log.h"
#include "rest/configclient.h"
#include "rest/loginclient.h"
#include "rest/costmodelclient.h"
#include "rest/factsconversationsclient.h"
#include "session/sessionworker.h"
#include "store/commandpump.h"
#include "store/outbox.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <QPointer>

namespace pilothouse::app {

using models::CommandPump;
using models::HistoryModel;
using models::OperatorActions;
using models::StoreWriter;
using models::Workspace;
using net::SessionWorker;

struct Account::Impl {
    Impl(Account *owner, const QString &caFile)
        : q(owner)
        , security(rest, caFile)
    { }

    Account *q;
    QThread io;
    SessionWorker *worker = nullptr; ///< Lives on io; deleted there.
    StoreWriter *writer = nullptr; ///< Lives on io while a cache is open.
    CommandPump *pump = nullptr; ///< Lives on io, beside the writer (one outbox per cache).
    QString cachePath;
    Workspace workspace; // GUI
    OperatorActions actions {workspace.identity()}; // GUI
    models::AnalyticsReport analytics; // GUI: the supervisor's figures from the cached facts
    analytics::FactsLedger facts; // GUI: the facts held: the cache's, then every `facts` frame
    models::HistoryModel history; // GUI; reads the cache on its own thread
    models::ReviewModel review {&actions}; // GUI; reads the cache on its own thread
    models::RulesModel rules; // GUI; reads the cache (versions, dry runs) on its own thread
    net::CostModelClient costModel; // GUI: the organisation's cost model (REST), read by leads, saved by admins
    net::FactsConversationsClient factsConversations; // GUI: the conversations behind a figure (REST)
    net::ConfigClient config; // GUI: configuration drafts (REST): the saved replies' editor
    RestSession rest; // GUI: where the session is, for the REST calls beside it; in memory only
    AccountSecurity security; // GUI: audit log, users, sessions, two-factor sign-in
    net::LoginClient signOutClient; // GUI: ends the session on the server at sign-out
    /// Shows what the ledger holds on the pages.
    void showFacts();
    void connectCostModel();
    void connectConversationsBehind();
    void connectSavedRepliesEditor();
    /// Runs `job` on the io thread and waits for it.
    template<typename Job> void onIo(QObject *context, Job job) const
    {
        QMetaObject::invokeMethod(context, std::move(job), Qt::BlockingQueuedConnection);
    }

    void connectSession();
    void connectStore();
    void connectOutbox();
};

Account::Account(Settings settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this, settings.caFile))
{
    d->io.setObjectName(QStringLiteral("io"));
    d->worker = new SessionWorker;
    // Configured before the move: the worker is not running yet.
    d->worker->setClientInfo(settings.clientName,
        settings.clientVersion.isEmpty() ? QCoreApplication::applicationVersion() : settings.clientVersion);
    d->worker->setBackoff(std::move(settings.backoff));
    d->worker->setCaFile(settings.caFile);
    d->worker->moveToThread(&d->io);
    d->signOutClient.setCaFile(settings.caFile);
    d->connectSession();
    d->costModel.setCaFile(settings.caFile);
    d->connectCostModel();
    d->factsConversations.setCaFile(settings.caFile);
    d->connectConversationsBehind();
    d->config.setCaFile(settings.caFile);
    d->connectSavedRepliesEditor();
    d->io.start();
}

void Account::Impl::connectCostModel()
{
    models::CostModelForm *form = analytics.costModelForm();
    QObject::connect(&costModel, &net::CostModelClient::fetched, q, [this](const protocol::CostModelVersion &current) {
        analytics.setOrganisationCostModel(
            analytics::fromWire(current.model), current.version, QString::fromStdString(current.author), current.at);
        if (writer) // kept for offline use, beside the facts
            QMetaObject::invokeMethod(
                writer,
                [w = writer, body = QString::fromStdString(protocol::encode(current))] { w->saveCostModel(body); },
                Qt::QueuedConnection);
    });
    QObject::connect(&costModel, &net::CostModelClient::saved, form, &models::CostModelForm::onSaved);
    QObject::connect(&costModel, &net::CostModelClient::conflict, form, &models::CostModelForm::onConflict);
    QObject::connect(&costModel, &net::CostModelClient::refused, form,
        [form](const std::vector<protocol::CostModelFieldError> &fields) {
            form->onRefused(analytics::fromWire(fields));
        });
    QObject::connect(&costModel, &net::CostModelClient::failed, form, [form](const QString &message, bool) {
        log::get("net")->warn("{}", message.toStdString());
        form->onFailed(message);
    });
    QObject::connect(form, &models::CostModelForm::saveRequested, q, [this](const protocol::CostModelUpdate &update) {
        if (!rest.signedIn())
            analytics.costModelForm()->onFailed(
                QCoreApplication::translate("Account", "Sign in to save the cost model."));
        else
            costModel.save(rest.server, rest.token, update);
    });
}

void Account::Impl::connectConversationsBehind()
{
    models::ConversationsBehindModel *behind = analytics.conversationsBehind();
    behind->setBoard(workspace.board());
    QObject::connect(behind, &models::ConversationsBehindModel::requested, q, [this](const QUrlQuery &query, int id) {
        rest.send(*analytics.conversationsBehind(), id,
            [&] { factsConversations.fetch(rest.server, rest.token, query, id); });
    });
    QObject::connect(&factsConversations, &net::FactsConversationsClient::fetched, behind,
        &models::ConversationsBehindModel::onFetched);
    QObject::connect(&factsConversations, &net::FactsConversationsClient::failed, behind,
        [behind](int id, const QString &message, bool offline) {
            log::get("net")->warn("{}", message.toStdString());
            behind->onFailed(id, message, offline);
        });
}

void Account::Impl::connectSavedRepliesEditor()
{
    static const QString kDocument = QStringLiteral("replies");
    models::SavedRepliesEditor *editor = workspace.savedRepliesEditor();
    QObject::connect(editor, &models::SavedRepliesEditor::fetchRequested, q, [this, editor] {
        if (!rest.signedIn())
            editor->onFailed(Account::tr("Saved replies are edited while connected to the server."));
        else
            config.fetchDraft(rest.server, rest.token, kDocument);
    });
    QObject::connect(editor, &models::SavedRepliesEditor::publishRequested, q,
        [this, editor](qint64 revision, const QString &body, const QString &note) {
            if (!rest.signedIn())
                editor->onFailed(Account::tr("Saved replies are published while connected to the server."));
            else
                config.saveAndPublish(rest.server, rest.token, kDocument, revision, body, note);
        });
    // Answers about other documents (none today) are not the editor's.
    QObject::connect(&config, &net::ConfigClient::draftFetched, editor,
        [editor](const QString &document, qint64 revision, const QString &body) {
            if (document == kDocument)
                editor->onDraft(revision, body);
        });
    QObject::connect(&config, &net::ConfigClient::published, editor,
        [editor](const QString &document, qint64 version, qint64 revision) {
            if (document == kDocument)
                editor->onPublished(version, revision);
        });
    QObject::connect(&config, &net::ConfigClient::conflict, editor,
        [editor](const QString &document, const QString &message, qint64 revision, const QString &body) {
            if (document == kDocument)
                editor->onConflict(message, revision, body);
        });
    QObject::connect(
        &config, &net::ConfigClient::refused, editor, [editor](const QString &document, const QVariantList &fields) {
            if (document == kDocument)
                editor->onRefused(fields);
        });
    QObject::connect(
        &config, &net::ConfigClient::failed, editor, [editor](const QString &document, const QString &message, bool) {
            log::get("net")->warn("{}", message.toStdString());
            if (document == kDocument)
                editor->onFailed(message);
        });
}

Account::~Account()
{
    closeCache();
    d->onIo(d->worker, [w = d->worker] {
        w->stop();
        delete w;
    });
    d->io.quit();
    d->io.wait();
}

void Account::Impl::connectSession()
{
    // io -> GUI, queued: the identity, then everyone who reacts to the welcome.
    QObject::connect(
        worker, &SessionWorker::welcomed, q,
        [this](const protocol::Welcome &welcome) {
            workspace.identity()->set(QString::fromStdString(welcome.user.name),
                QString::fromStdString(welcome.user.displayName),
                models::catalogue::roleFromWire(QString::fromStdString(welcome.user.role)));
            Q_EMIT q->welcomed(welcome);
            // The figures are for viewers, supervisors and admins, who get them after the welcome;
            // a user who no longer reads them keeps no copy of them.
            analytics.costModelForm()->setCanSave(workspace.identity()->role() == models::Role::Admin);
            if (workspace.identity()->readsAnalytics()) {
                if (rest.signedIn())
                    costModel.fetch(rest.server, rest.token);
            } else if (!facts.isEmpty()) {
                facts.clear();
                showFacts();
                if (writer)
                    QMetaObject::invokeMethod(writer, &StoreWriter::clearFacts, Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
    QObject::connect(worker, &SessionWorker::stateChanged, q, &Account::connectionChanged, Qt::QueuedConnection);
    // The team's presence is live state: known while connected, forgotten when the link goes.
    QObject::connect(
        worker, &SessionWorker::teamReceived, workspace.team(), &models::TeamModel::setTeam, Qt::QueuedConnection);
    QObject::connect(
        worker, &SessionWorker::stateChanged, workspace.team(),
        [team = workspace.team()](net::ConnectionState state) {
            if (state != net::ConnectionState::Connected)
                team->forgetPresence();
        },
        Qt::QueuedConnection);
    QObject::connect(
        worker, &SessionWorker::authenticationFailed, q, &Account::authenticationFailed, Qt::QueuedConnection);
    QObject::connect(worker, &SessionWorker::fatalError, q, &Account::fatalError, Qt::QueuedConnection);
}

void Account::Impl::showFacts()
{
    // Revenue counts in the organisation's currency (the server's cost model, fetched at welcome);
    // a server without a cost model of its own still says which currency its facts are in.
    if (!facts.currency().isEmpty() && analytics.organisationVersion() == 0
        && analytics.organisationCostModel().currency != facts.currency()) {
        analytics::CostModel cost = analytics.organisationCostModel();
        cost.currency = facts.currency();
        analytics.setCostModel(cost);
    }
    analytics.setFacts(facts.rows(), facts.asOf());
}

void Account::Impl::connectStore()
{
    // io <-> io, direct: the session feeds the writer; a frame the writer refuses (a gap, another
    // epoch) makes the session close and resume; every hello carries the writer's cursor.
    QObject::connect(worker, &SessionWorker::eventsReceived, writer, &StoreWriter::applyEvents, Qt::DirectConnection);
    QObject::connect(
        worker, &SessionWorker::snapshotReceived, writer, &StoreWriter::applySnapshot, Qt::DirectConnection);
    QObject::connect(worker, &SessionWorker::linkDropped, writer, &StoreWriter::abandonSnapshot, Qt::DirectConnection);
    QObject::connect(writer, &StoreWriter::streamRejected, worker, &SessionWorker::rejectStream, Qt::DirectConnection);
    QObject::connect(worker, &SessionWorker::factsReceived, writer, &StoreWriter::applyFacts, Qt::DirectConnection);
    QPointer<StoreWriter> guard = writer;
    QMetaObject::invokeMethod(
        worker,
        [w = worker, guard] {
            w->setCursorProvider(
                [guard]() -> std::optional<protocol::Cursor> { return guard ? guard->cursor() : std::nullopt; });
            w->setFactsSinceProvider(
                [guard]() -> std::optional<protocol::Millis> { return guard ? guard->factsSince() : std::nullopt; });
        },
        Qt::QueuedConnection);

    // io -> GUI and GUI -> io, queued.
    QObject::connect(writer, &StoreWriter::changesApplied, &workspace, &Workspace::applyChanges, Qt::QueuedConnection);
    QObject::connect(writer, &StoreWriter::changesApplied, &history, &HistoryModel::cacheChanged, Qt::QueuedConnection);
    QObject::connect(
        writer, &StoreWriter::conversationsPurged, &history, &HistoryModel::cacheChanged, Qt::QueuedConnection);
    // An erased customer (docs/protocol.md, "Erasure"): the outbox forgets every command about
    // their conversations (io -> io, direct), the workspace their drafts (queued).
    QObject::connect(
        writer, &StoreWriter::customerErased, pump, &CommandPump::purgeConversations, Qt::DirectConnection);
    QObject::connect(
        writer, &StoreWriter::customerErased, &workspace, &Workspace::forgetConversations, Qt::QueuedConnection);
    QObject::connect(
        writer, &StoreWriter::customerErased, &review, &models::ReviewModel::refresh, Qt::QueuedConnection);
    QObject::connect(
        writer, &StoreWriter::changesApplied, &review, &models::ReviewModel::cacheChanged, Qt::QueuedConnection);
    QObject::connect(
        writer, &StoreWriter::changesApplied, &rules, &models::RulesModel::cacheChanged, Qt::QueuedConnection);
    // History and review read the file once the writer has created or migrated it.
    QObject::connect(
        writer, &StoreWriter::opened, &history,
        [this] {
            history.setDatabasePath(cachePath);
            review.setDatabasePath(cachePath);
            rules.setDatabasePath(cachePath);
        },
        Qt::QueuedConnection);
    QObject::connect(writer, &StoreWriter::boardLoaded, &workspace, &Workspace::setBoard, Qt::QueuedConnection);
    QObject::connect(
        writer, &StoreWriter::savedRepliesLoaded, workspace.savedReplies(),
        [replies = workspace.savedReplies()](qint64 version, const QString &body) {
            const QString problem = replies->setDocument(version, body);
            if (!problem.isEmpty())
                log::get("account")->error("saved replies version {} ignored: {}", version, problem.toStdString());
        },
        Qt::QueuedConnection);
    QObject::connect(
        writer, &StoreWriter::transcriptLoaded, &workspace, &Workspace::deliverTranscript, Qt::QueuedConnection);
    QObject::connect(writer, &StoreWriter::draftsLoaded, &workspace, &Workspace::deliverDrafts, Qt::QueuedConnection);
    QObject::connect(
        writer, &StoreWriter::factsLoaded, q,
        [this](const protocol::Facts &cached) {
            facts.reset(cached);
            showFacts();
        },
        Qt::QueuedConnection);
    QObject::connect(
        writer, &StoreWriter::costModelLoaded, q,
        [this](const QString &body) {
            // What the cache kept stands in until the server answers (a fresher one wins).
            const auto cached = protocol::decodeCostModelVersion(body.toStdString());
            if (cached && analytics.organisationVersion() == 0) {
                const protocol::CostModelVersion &model = cached.value();
                analytics.setOrganisationCostModel(
                    analytics::fromWire(model.model), model.version, QString::fromStdString(model.author), model.at);
            }
        },
        Qt::QueuedConnection);
    QObject::connect(
        writer, &StoreWriter::factsApplied, q,
        [this](const protocol::Facts &frame) {
            facts.apply(frame);
            showFacts();
        },
        Qt::QueuedConnection);
    QObject::connect(
        &workspace, &Workspace::transcriptRequested, writer, &StoreWriter::loadTranscript, Qt::QueuedConnection);
    QObject::connect(&workspace, &Workspace::draftsRequested, writer, &StoreWriter::loadDrafts, Qt::QueuedConnection);
    QObject::connect(writer, &StoreWriter::storeError, q, &Account::storageError, Qt::QueuedConnection);
    QObject::connect(writer, &StoreWriter::recovered, q, &Account::recovered, Qt::QueuedConnection);
}

void Account::Impl::connectOutbox()
{
    // io <-> io, direct: the pump sends through the session after writing the command durably;
    // welcomes, acks, nacks and lost connections drive its resends.
    QObject::connect(pump, &CommandPump::sendCommand, worker, &SessionWorker::sendCommand, Qt::DirectConnection);
    QObject::connect(worker, &SessionWorker::welcomed, pump, &CommandPump::onWelcomed, Qt::DirectConnection);
    QObject::connect(worker, &SessionWorker::commandAcked, pump, &CommandPump::onAcked, Qt::DirectConnection);
    QObject::connect(worker, &SessionWorker::commandNacked, pump, &CommandPump::onNacked, Qt::DirectConnection);
    QObject::connect(
        worker, &SessionWorker::stateChanged, pump,
        [p = pump](net::ConnectionState state) {
            if (state != net::ConnectionState::Connected)
                p->onDisconnected();
        },
        Qt::DirectConnection);

    // GUI <-> io, queued.
    QObject::connect(&actions, &OperatorActions::commandRequested, pump, &CommandPump::enqueue, Qt::QueuedConnection);
    QObject::connect(&actions, &OperatorActions::discardRequested, pump, &CommandPump::discard, Qt::QueuedConnection);
    QObject::connect(pump, &CommandPump::outboxLoaded, &actions, &OperatorActions::setItems, Qt::QueuedConnection);
    QObject::connect(pump, &CommandPump::itemChanged, &actions, &OperatorActions::updateItem, Qt::QueuedConnection);
    QObject::connect(pump, &CommandPump::itemRemoved, &actions, &OperatorActions::removeItem, Qt::QueuedConnection);
    QObject::connect(pump, &CommandPump::outboxError, q, &Account::storageError, Qt::QueuedConnection);
    QObject::connect(pump, &CommandPump::recovered, q, &Account::recovered, Qt::QueuedConnection);
}

models::Workspace *Account::workspace() const
{
    return &d->workspace;
}

models::OperatorActions *Account::actions() const
{
    return &d->actions;
}

models::Identity *Account::identity() const
{
    return d->workspace.identity();
}

models::AnalyticsReport *Account::analytics() const
{
    return &d->analytics;
}

models::HistoryModel *Account::history() const
{
    return &d->history;
}

models::ReviewModel *Account::review() const
{
    return &d->review;
}

models::RulesModel *Account::rules() const
{
    return &d->rules;
}

models::AuditModel *Account::audit() const
{
    return d->security.audit();
}

models::SessionsModel *Account::sessions() const
{
    return d->security.sessions();
}

models::TwoFactorModel *Account::twoFactor() const
{
    return d->security.twoFactor();
}

models::UsersModel *Account::users() const
{
    return d->security.users();
}

void Account::openCache(const QString &cachePath)
{
    if (d->writer && d->cachePath == cachePath) {
        QMetaObject::invokeMethod(d->writer, &StoreWriter::loadBoard, Qt::QueuedConnection);
        return;
    }
    closeCache();
    d->workspace.savedReplies()->resetToBuiltIn();
    d->cachePath = cachePath;
    d->writer = new StoreWriter(cachePath);
    d->pump = new CommandPump(models::Outbox::pathBeside(cachePath));
    d->writer->moveToThread(&d->io);
    d->pump->moveToThread(&d->io);
    d->workspace.setLoading(true);
    d->connectStore();
    d->connectOutbox();
    QMetaObject::invokeMethod(d->writer, &StoreWriter::open, Qt::QueuedConnection);
    QMetaObject::invokeMethod(d->writer, &StoreWriter::loadBoard, Qt::QueuedConnection);
    QMetaObject::invokeMethod(d->writer, &StoreWriter::loadFacts, Qt::QueuedConnection);
    QMetaObject::invokeMethod(d->writer, &StoreWriter::loadSavedReplies, Qt::QueuedConnection);
    QMetaObject::invokeMethod(d->pump, &CommandPump::open, Qt::QueuedConnection);
}

void Account::closeCache()
{
    if (d->pump) {
        d->onIo(d->pump, [p = d->pump] {
            p->close();
            delete p;
        });
        d->pump = nullptr;
    }
    if (d->writer) {
        d->onIo(d->writer, [w = d->writer] {
            w->close();
            delete w;
        });
        d->writer = nullptr;
    }
    d->cachePath.clear();
    d->history.setDatabasePath({}); // nor its conversations
    d->review.setDatabasePath({});
    d->review.setReviewer({});
    d->rules.setDatabasePath({});
    d->facts.clear(); // another account's figures never show
    d->showFacts();
}

void Account::setRetentionDays(int days)
{
    if (d->writer)
        QMetaObject::invokeMethod(
            d->writer, [w = d->writer, days] { w->setRetentionDays(days); }, Qt::QueuedConnection);
}

QString Account::cachePath() const
{
    return d->cachePath;
}

void Account::start(const QUrl &server, const QString &token)
{
    d->rest = {server, token};
    QMetaObject::invokeMethod(
        d->worker, [w = d->worker, server, token] { w->start(server, token); }, Qt::QueuedConnection);
}

void Account::holdSignIn(const QUrl &server, const QString &token)
{
    d->rest = {server, token};
}

void Account::stop()
{
    QMetaObject::invokeMethod(d->worker, &SessionWorker::stop, Qt::QueuedConnection);
    d->workspace.identity()->clear();
    d->analytics.costModelForm()->setCanSave(false);
    d->analytics.conversationsBehind()->clear(); // the next user sees no list of this one's
    d->security.clear();
    d->rest.wipe();
}

void Account::signOut()
{
    if (d->rest.signedIn())
        d->signOutClient.logout(d->rest.server, d->rest.token);
    stop();
}

void Account::retryNow()
{
    QMetaObject::invokeMethod(d->worker, &SessionWorker::retryNow, Qt::QueuedConnection);
}

net::SessionWorker *Account::session() const
{
    return d->worker;
}

models::StoreWriter *Account::storeWriter() const
{
    return d->writer;
}

models::CommandPump *Account::outboxPump() const
{
    return d->pump;
}

std::optional<protocol::Cursor> Account::cursor() const
{
    std::optional<protocol::Cursor> result;
    if (!d->writer)
        return result;
    d->onIo(d->writer, [&, w = d->writer] {
        w->flush();
        result = w->cursor();
    });
    return result;
}

void Account::settle()
{
    if (d->writer)
        d->onIo(d->writer, [w = d->writer] { w->flush(); });
    QCoreApplication::processEvents(); // the queued batches the flush sent
    d->workspace.flush();
}

} // namespace pilothouse::app
