#pragma once
// The words of a whisper and what kind of word each is: the bottom layer of the whisper wording
// (handoff/instruction.cpp). A key is a word in lower case without the punctuation around it;
// the word classes take keys. Qt-free.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::server::whisper {

using Words = std::vector<std::string>;

/// A word of the whisper.
struct Token {
    std::string text; ///< As written, without the punctuation that ends a clause or sentence.
    std::string key;
    std::size_t index = 0; ///< Position among the whisper's words.
};
using Tokens = std::vector<Token>;

bool isSpace(char c);
bool isDigit(char c);
std::string lowered(std::string_view text);
bool oneOf(std::string_view key, std::initializer_list<std::string_view> list);

/// The word a token stands for: lower case, without the punctuation around it.
std::string keyOf(std::string_view token);
/// "boots" -> "boot", "fees" -> "fee"; "address" and "us" stay.
std::string singular(std::string key);
std::string joined(const Words &words, std::size_t from = 0);
/// The key of words[i]; "" past the end.
std::string keyAt(const Words &words, std::size_t i);
/// The words after the first `n`.
Words after(const Words &words, std::size_t n);
/// The tokens as written.
Words textsOf(const Tokens &tokens);
std::string capitalised(std::string text);

// Vocabulary: each takes a key.

/// An order number, an amount (in dollars, euros or pounds) or a number: "#81040", "$25", "12".
bool isEntity(std::string_view key);
/// Things that belong to the customer: "the order" is "your order" when the AI says it.
bool isOwnedNoun(const std::string &key);
/// Things that belong to the shop: "the warehouse" is "our warehouse".
bool isCompanyNoun(const std::string &key);
/// Nouns that make a plain statement news for the customer.
bool isTopicNoun(const std::string &key);
/// Words that mark text as meant for operators or the AI, never for the customer.
bool isInternalWord(const std::string &key);
/// Words that make a statement a constraint on the AI ("no refunds on sale items").
bool isNegation(const std::string &key);
/// Words that stand for the customer in a whisper.
bool isCustomerNoun(const std::string &key);
bool isCustomerReference(const std::string &key);
bool isDeterminer(const std::string &key);
/// Words that end a noun phrase when looking for its head noun.
bool isPhraseBreak(const std::string &key);
bool isAuxiliary(const std::string &key);
bool isWhWord(const std::string &key);
bool isSubjectPronoun(const std::string &key);
/// A verb in -s after a noun: "your parcel ships", "the warehouse reopens".
bool isVerbAfterNoun(const std::string &previous, const std::string &key);
/// "we're sending a new one" rather than "a new pair of boots".
bool looksLikeClause(const Words &words);

} // namespace pilothouse::server::whisper
