#pragma once
// A whisper cut into sentences and clauses, and what a clause that is not an instruction amounts
// to: a constraint or a note for operators (said to nobody), or news for the customer
// (handoff/instruction.cpp).

#include "words.h"

#include <string_view>

namespace pilothouse::server::whisper {

enum class Joiner { None, Comma, Colon, And, Then, But };

struct Clause {
    Tokens tokens;
    Joiner joiner = Joiner::None; ///< How it follows the clause before it in the sentence.
    bool question = false; ///< Its sentence ends in "?".
};

struct Sentence {
    std::vector<Clause> clauses;
};

/// The whisper's words (keys) in order, and its sentences cut into clauses.
struct Parsed {
    Words words;
    std::vector<Sentence> sentences;
};

/// Sentences end at . ! ? ; and line breaks; clauses at commas, colons, dashes, and at "and",
/// "then" and "but" (which are not kept as tokens).
Parsed parse(std::string_view instruction);

/// Drops the fillers before an instruction: "please", "can you", "make sure to", ...
void dropFillers(Tokens &t);
/// A negation anywhere: "don't", "never", "no", "do not", ...
bool negated(const Tokens &t);
/// Text meant for operators or the AI: the customer in the third person, notes on them, manners.
bool internal(const Tokens &t);
/// "Warehouse reopens Monday": news for the customer, said in the AI's voice
/// ("Just so you know, our warehouse reopens Monday"). "" when it is not news for them.
std::string fact(const Tokens &t);

} // namespace pilothouse::server::whisper
