#pragma once
// A cache filled through the real write path (EventApplier) with C conversations of M messages in
// five languages, for the History and erasure benchmarks (bench_search, bench_erase). Customer
// "cu-<k>" has the conversations c with c % (C / 4 + 1) == k: about four each.

#include "store/eventapplier.h"
#include "store/localstore.h"

#include <QRandomGenerator>

#include <array>
#include <string>
#include <vector>

namespace pilothouse::bench {

using namespace pilothouse::models;

inline constexpr protocol::Millis kStart = 1'700'000'000'000;

// A vocabulary per language: common words, and rarer ones (order numbers, products) searches hit.
inline const std::array<std::vector<std::string>, 5> kWords {{
    {"where", "is", "my", "order", "refund", "please", "thanks", "delivery", "late", "package", "size", "return", "the",
        "a", "you", "help", "shipping", "address", "change", "cancel"},
    {"où", "est", "ma", "commande", "remboursement", "merci", "livraison", "retard", "colis", "taille", "retour", "le",
        "la", "vous", "aide", "adresse", "changer", "annuler", "déjà", "reçu"},
    {"wo", "ist", "meine", "bestellung", "rückerstattung", "danke", "lieferung", "spät", "paket", "größe",
        "rücksendung", "der", "die", "sie", "hilfe", "adresse", "ändern", "stornieren", "schon", "erhalten"},
    {"dónde", "está", "mi", "pedido", "devolución", "gracias", "entrega", "tarde", "paquete", "talla", "reembolso",
        "el", "la", "usted", "ayuda", "dirección", "cambiar", "cancelar", "ya", "recibido"},
    {"где", "мой", "заказ", "возврат", "спасибо", "доставка", "поздно", "посылка", "размер", "вернуть", "это", "вы",
        "помощь", "адрес", "изменить", "отменить", "уже", "получил", "деньги", "товар"},
}};

inline std::string sentence(QRandomGenerator &random, int language, int id)
{
    const auto &words = kWords[std::size_t(language)];
    std::string text;
    const int length = 6 + int(random.bounded(10));
    for (int i = 0; i < length; ++i) {
        if (!text.empty())
            text += ' ';
        text += words[random.bounded(quint32(words.size()))];
    }
    text += " #" + std::to_string(10'000 + id % 90'000);
    return text;
}

/// `spacingMs` apart, the conversations start at `start`; every AI reply records what its rules
/// read (docs/config.md, "Replaying a turn").
inline bool fill(LocalStore &store, int conversations, int messagesEach, protocol::Millis spacingMs = 60'000,
    protocol::Millis start = kStart)
{
    EventApplier applier(store);
    if (!applier.prepare())
        return false;
    QRandomGenerator random(7);
    std::int64_t seq = 0;
    std::vector<protocol::Event> batch;
    const auto push = [&](protocol::EventPayload payload) {
        protocol::Event event;
        event.seq = ++seq;
        event.epoch = "bench";
        event.id = "bench-" + std::to_string(seq);
        event.at = start + seq;
        event.payload = std::move(payload);
        batch.push_back(std::move(event));
    };
    const auto flush = [&] {
        const bool ok = applier.applyEvents(batch).has_value();
        batch.clear();
        return ok;
    };
    for (int c = 0; c < conversations; ++c) {
        const int language = c % 5;
        const std::string id = "cv-" + std::to_string(c);
        protocol::Customer customer;
        customer.id = "cu-" + std::to_string(c % (conversations / 4 + 1));
        customer.name = "Customer " + std::to_string(c);
        customer.language = std::array {"en", "fr", "de", "es", "ru"}[std::size_t(language)];
        customer.segment = "returning";
        push(customer);
        protocol::Conversation conversation;
        conversation.id = id;
        conversation.customerId = customer.id;
        conversation.createdAt = start + protocol::Millis(c) * spacingMs;
        conversation.lastMessageAt = conversation.createdAt + messagesEach * 30'000;
        conversation.status = c % 10 == 0 ? protocol::ConversationStatus::Ai : protocol::ConversationStatus::Resolved;
        if (conversation.status == protocol::ConversationStatus::Resolved)
            conversation.closed
                = protocol::Closed {protocol::ResolveOutcome::Resolved, "ai", conversation.lastMessageAt};
        conversation.intent = "order_status";
        if (c % 8 == 3) // one in eight passed to people (review mode's handed-over queue)
            conversation.handoff
                = protocol::Handoff {conversation.createdAt + 60'000, protocol::EscalationReason::LowConfidence};
        push(conversation);
        for (int m = 0; m < messagesEach; ++m) {
            protocol::Message message;
            message.id = id + "-" + std::to_string(m);
            message.conversationId = id;
            message.author = m % 2 == 0 ? protocol::Author::Customer : protocol::Author::Ai;
            message.at = conversation.createdAt + m * 30'000;
            message.text = sentence(random, language, c * messagesEach + m);
            if (message.author == protocol::Author::Ai) {
                message.ai = protocol::AiAnnotation {"order_status", 0.3 + random.bounded(70) / 100.0, 300, {}};
                protocol::RuleInputs rules;
                rules.sentiment = random.bounded(170) / 100.0 - 0.7; // mostly calm, some upset
                rules.language = customer.language;
                rules.toolFailed = random.bounded(20) == 0;
                rules.missingKnowledge = random.bounded(20) == 0;
                if (random.bounded(3) == 0)
                    rules.orderValueCents = random.bounded(50'000);
                message.ai->rules = std::move(rules);
            }
            push(message);
        }
        if (batch.size() >= 5000 && !flush())
            return false;
    }
    return flush();
}

} // namespace pilothouse::bench
