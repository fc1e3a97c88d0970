#pragma once
// The whisper's words as said to the customer (handoff/instruction.cpp): the customer is "you",
// the supervisor speaks as "we", things of the customer's are "your", the shop's are "our".

#include "words.h"

namespace pilothouse::server::whisper {

/// The words as said to the customer: the customer is "you", the supervisor speaks as "we",
/// and an order number reads "order #81040". `firstIsThing`: a leading "them" stands for things
/// ("replace them"), not for the customer.
Words spoken(const Tokens &tokens, bool firstIsThing = false);
/// "the free replacement" -> "your free replacement", "the warehouse" -> "our warehouse".
void possessivise(Words &words);
/// "cancel order #81040" -> "cancel your order #81040": a bare noun of the customer's gets "your".
void ownBareNoun(Words &words);
/// Drops the first word if it is one of `keys`; true if it did.
bool dropLeading(Words &words, std::initializer_list<std::string_view> keys);
/// "to you" (or "with you", ...) removed wherever it stands.
void dropPair(Words &words, std::string_view first, std::string_view second);
/// The noun phrase's head is plural ("your boots are").
bool pluralHead(const Words &words);

} // namespace pilothouse::server::whisper
