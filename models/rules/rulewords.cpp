#include "rules/rulewords.h"

#include "domain/catalogue.h"
#include "domain/intents.h"
#include "protocol/codec.h"
#include "tuning/rulesetdiff.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

QString percent(double value)
{
    return RuleWords::tr("%1 %").arg(QLocale().toString(qRound(value * 100)));
}

QString money(double amount)
{
    return QLocale().toString(amount, 'f', amount == qRound64(amount) ? 0 : 2);
}

/// "below", "at or below", "above", "at or above"
QString comparison(tuning::Op op)
{
    switch (op) {
    case tuning::Op::Below:
        return RuleWords::tr("below");
    case tuning::Op::AtOrBelow:
        return RuleWords::tr("at or below");
    case tuning::Op::Above:
        return RuleWords::tr("above");
    case tuning::Op::AtOrAbove:
        return RuleWords::tr("at or above");
    default:
        return {};
    }
}

QString valueLabel(tuning::Fact fact, const std::string &value)
{
    const QString text = QString::fromStdString(value);
    switch (fact) {
    case tuning::Fact::Intent:
        return intents::label(text);
    case tuning::Fact::Segment:
        return catalogue::segmentLabel(text);
    case tuning::Fact::Language: {
        const QLocale locale(text);
        return locale.language() == QLocale::C ? text : locale.nativeLanguageName();
    }
    case tuning::Fact::Channel:
        for (const auto channel :
            {protocol::Channel::Chat, protocol::Channel::Email, protocol::Channel::Sms, protocol::Channel::Voice}) {
            if (protocol::toString(channel) == value)
                return catalogue::label(catalogue::fromProtocol(channel));
        }
        return text;
    case tuning::Fact::Kind:
        return catalogue::label(catalogue::fromProtocol(
            value == "sales" ? protocol::ConversationKind::Sales : protocol::ConversationKind::Support));
    default:
        return u"\u201C"_s + text + u"\u201D"_s;
    }
}

QString orList(tuning::Fact fact, const std::vector<std::string> &values)
{
    QStringList labels;
    for (const auto &value : values)
        labels.append(valueLabel(fact, value));
    if (labels.size() <= 1)
        return labels.join(QString());
    const QString last = labels.takeLast();
    return RuleWords::tr("%1 or %2").arg(labels.join(u", "_s), last);
}

QString flag(tuning::Fact fact, bool value)
{
    switch (fact) {
    case tuning::Fact::Vip:
        return value ? RuleWords::tr("the customer is a VIP") : RuleWords::tr("the customer is not a VIP");
    case tuning::Fact::AskedForHuman:
        return value ? RuleWords::tr("the customer asks for a person")
                     : RuleWords::tr("the customer does not ask for a person");
    case tuning::Fact::LegalThreat:
        return value ? RuleWords::tr("the message threatens legal action")
                     : RuleWords::tr("the message threatens no legal action");
    case tuning::Fact::SelfHarm:
        return value ? RuleWords::tr("the message speaks of self-harm")
                     : RuleWords::tr("the message does not speak of self-harm");
    case tuning::Fact::ToolFailed:
        return value ? RuleWords::tr("a lookup failed") : RuleWords::tr("no lookup failed");
    case tuning::Fact::MissingKnowledge:
        return value ? RuleWords::tr("the AI has no answer") : RuleWords::tr("the AI has an answer");
    case tuning::Fact::BusinessHours:
        return value ? RuleWords::tr("within business hours") : RuleWords::tr("outside business hours");
    default:
        return {};
    }
}

QString measured(tuning::Fact fact)
{
    switch (fact) {
    case tuning::Fact::Confidence:
        return RuleWords::tr("confidence");
    case tuning::Fact::Sentiment:
        return RuleWords::tr("sentiment");
    case tuning::Fact::LifetimeValue:
        return RuleWords::tr("lifetime value");
    case tuning::Fact::OrderValue:
        return RuleWords::tr("order value");
    case tuning::Fact::TurnsWithoutProgress:
        return RuleWords::tr("turns without progress");
    case tuning::Fact::Intent:
        return RuleWords::tr("intent");
    case tuning::Fact::Segment:
        return RuleWords::tr("segment");
    case tuning::Fact::Language:
        return RuleWords::tr("language");
    case tuning::Fact::Channel:
        return RuleWords::tr("channel");
    case tuning::Fact::Kind:
        return RuleWords::tr("kind");
    default:
        return {};
    }
}

} // namespace

QString RuleWords::condition(const tuning::Condition &c)
{
    using tuning::Fact;
    using tuning::Op;
    switch (c.op) {
    case Op::Below:
    case Op::AtOrBelow:
    case Op::Above:
    case Op::AtOrAbove: {
        const QString value = c.fact == Fact::Confidence ? percent(c.number)
            : c.fact == Fact::Sentiment                  ? QLocale().toString(c.number, 'g', 3)
            : c.fact == Fact::TurnsWithoutProgress       ? QLocale().toString(qRound(c.number))
                                                         : money(c.number);
        //: e.g. "confidence below 45 %"
        return tr("%1 %2 %3").arg(measured(c.fact), comparison(c.op), value);
    }
    case Op::In:
        //: e.g. "intent is Refund or Cancel order"
        return tr("%1 is %2").arg(measured(c.fact), orList(c.fact, c.values));
    case Op::NotIn:
        return tr("%1 is not %2").arg(measured(c.fact), orList(c.fact, c.values));
    case Op::Is:
        return flag(c.fact, c.flag);
    case Op::ContainsAny:
        return tr("the message contains %1").arg(orList(c.fact, c.values));
    }
    return {};
}

QString RuleWords::when(const tuning::Rule &rule)
{
    switch (rule.guardrail) {
    case tuning::Guardrail::AskedForHuman:
        return tr("The customer asks for a person (built-in detector, five languages)");
    case tuning::Guardrail::LegalThreat:
        return tr("The message threatens legal action or a chargeback (built-in detector, five languages)");
    case tuning::Guardrail::SelfHarm:
        return tr("The message speaks of self-harm or a risk to life (built-in detector, five languages)");
    case tuning::Guardrail::None:
        break;
    }
    QStringList parts;
    for (const auto &condition : rule.when)
        parts.append(RuleWords::condition(condition));
    QString text = parts.join(tr(" and "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString RuleWords::priority(int priority)
{
    switch (priority) {
    case 0:
        return tr("normal");
    case 1:
        return tr("raised");
    case 2:
        return tr("high");
    default:
        return tr("urgent");
    }
}

QString RuleWords::action(const tuning::Action &action)
{
    const QString reason = catalogue::label(catalogue::fromProtocol(action.reason));
    if (action.kind == tuning::ActionKind::DraftForApproval)
        //: %1 the hand-off reason, %2 its priority
        return tr("Hold the AI's answer for a person to approve: %1, %2").arg(reason, priority(action.priority));
    //: %1 the hand-off reason, %2 its priority
    return tr("Hand over: %1, %2").arg(reason, priority(action.priority));
}

QString RuleWords::change(dryrun::Change change)
{
    switch (change) {
    case dryrun::Change::WouldHandOver:
        return tr("Would hand over");
    case dryrun::Change::WouldNoLongerHandOver:
        return tr("Would no longer hand over");
    case dryrun::Change::OtherReason:
        return tr("Another reason");
    case dryrun::Change::OtherPriority:
        return tr("Another priority");
    case dryrun::Change::OtherAction:
        return tr("Held instead of handed over, or the reverse");
    }
    return {};
}

QStringList RuleWords::trace(const tuning::RuleSet &rules, const std::vector<tuning::RuleOutcome> &trace)
{
    QStringList lines;
    bool decided = false;
    for (std::size_t i = 0; i < rules.rules.size() && i < trace.size(); ++i) {
        const tuning::Rule &rule = rules.rules[i];
        const tuning::RuleOutcome &outcome = trace[i];
        const QString name = catalogue::ruleLabel(QString::fromStdString(rule.id), QString::fromStdString(rule.name));
        if (!outcome.enabled) {
            lines.append(tr("%1. %2: switched off").arg(i + 1).arg(name));
            continue;
        }
        QStringList checks;
        if (rule.guardrail != tuning::Guardrail::None) {
            checks.append((outcome.matched ? u"\u2713 "_s : u"\u2717 "_s) + tr("built-in detector"));
        } else {
            for (std::size_t c = 0; c < rule.when.size() && c < outcome.conditions.size(); ++c)
                checks.append((outcome.conditions[c] ? u"\u2713 "_s : u"\u2717 "_s) + condition(rule.when[c]));
        }
        const QString verdict = !outcome.matched ? tr("does not hold")
            : decided                            ? tr("holds (an earlier rule decides)")
                                                 : tr("holds and decides");
        decided = decided || outcome.matched;
        //: %1 position, %2 the rule's name, %3 holds or not, %4 its conditions with ✓ or ✗
        lines.append(tr("%1. %2: %3 (%4)").arg(i + 1).arg(name, verdict, checks.join(u"; "_s)));
    }
    return lines;
}

QStringList RuleWords::changes(const tuning::RuleSet &from, const tuning::RuleSet &to)
{
    using Kind = tuning::RuleChange::Kind;
    // A QString, not the QStringBuilder of temporaries `auto` would keep.
    const auto quoted
        = [](const std::string &name) -> QString { return u"\u201C"_s + QString::fromStdString(name) + u"\u201D"_s; };
    const tuning::RuleSetDiff diff = tuning::diff(from, to);
    QStringList lines;
    for (const tuning::RuleChange &c : diff.rules) {
        switch (c.kind) {
        case Kind::Added:
            lines.append(tr("New rule %1 at position %2").arg(quoted(to.rules[std::size_t(c.to)].name)).arg(c.to + 1));
            break;
        case Kind::Removed:
            lines.append(tr("Rule %1 removed (it was at position %2)")
                             .arg(quoted(from.rules[std::size_t(c.from)].name))
                             .arg(c.from + 1));
            break;
        case Kind::Moved:
            lines.append(tr("Rule %1 moved from position %2 to %3")
                             .arg(quoted(to.rules[std::size_t(c.to)].name))
                             .arg(c.from + 1)
                             .arg(c.to + 1));
            break;
        case Kind::Changed: {
            const tuning::Rule &now = to.rules[std::size_t(c.to)];
            QStringList what;
            if (c.name)
                what.append(tr("renamed from %1").arg(quoted(from.rules[std::size_t(c.from)].name)));
            if (c.enabled)
                what.append(now.enabled ? tr("switched on") : tr("switched off"));
            if (c.when)
                what.append(tr("when: %1").arg(when(now)));
            if (c.then)
                what.append(tr("then: %1").arg(action(now.then)));
            if (c.moved)
                what.append(tr("moved from position %1 to %2").arg(c.from + 1).arg(c.to + 1));
            lines.append(tr("Rule %1: %2").arg(quoted(now.name), what.join(u"; "_s)));
            break;
        }
        }
    }
    if (diff.businessHours)
        lines.append(tr("Other business hours"));
    return lines;
}

QString RuleWords::decision(const tuning::RuleSet &rules, const tuning::Decision &decision)
{
    if (!decision.decided() || decision.rule >= int(rules.rules.size()))
        return tr("The AI answers");
    const tuning::Rule &rule = rules.rules[std::size_t(decision.rule)];
    //: %1 the rule's name (as the supervisor wrote it), %2 what it does
    return tr("%1: %2").arg(catalogue::ruleLabel(QString::fromStdString(rule.id), QString::fromStdString(rule.name)),
        action(decision.action));
}

} // namespace pilothouse::models
