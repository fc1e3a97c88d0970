#include "tuning/guardrails.h"

#include "tuning/phrases.h"

namespace pilothouse::tuning {
namespace {

const PhraseSet &humanPhrases()
{
    static const PhraseSet phrases({"human", "humans", "real person", "actual person", "live person", "living person",
        "live agent", "real agent", "representative", "human rep", "supervisor", "a manager", "your manager",
        "member of staff", "a staff member", "member of your team", "real team member", "actual member of staff",
        "someone from your team", "someone from the support team", "speak to someone", "talk to someone",
        "speak with someone", "speak to a person", "talk to a person", "not a bot", "not a robot", "not the bot",
        "stop the bot", "not the chatbot",
        // French
        "un humain", "une vraie personne", "une personne réelle", "parler à quelquun", "un conseiller",
        "une conseillère", "un responsable", "pas un robot",
        // German
        "mensch", "menschen", "echten menschen", "einen mitarbeiter", "mit jemandem sprechen", "kein bot", "keinen bot",
        "vorgesetzten",
        // Spanish
        "un humano", "persona real", "hablar con alguien", "un supervisor", "no un robot",
        // Russian
        "человек", "человеком", "живой человек", "живым человеком", "оператор", "оператора", "менеджер", "менеджера",
        "не бот"});
    return phrases;
}

const PhraseSet &shortHumanPhrases()
{
    static const PhraseSet phrases(
        {"agent", "operator", "transfer me", "put me through", "un agent", "agente", "agenten"});
    return phrases;
}

const PhraseSet &legalPhrases()
{
    static const PhraseSet phrases(
        {"lawyer", "lawyers", "sue", "suing", "sued", "attorney", "attorneys", "solicitor", "chargeback", "charge back",
            "dispute the charge", "dispute this charge", "disputing the charge", "dispute it with my bank",
            "small claims", "legal action", "take you to court", "trading standards", "consumer protection",
            // French
            "avocat", "mon avocat", "poursuivre en justice", "porter plainte", "au tribunal", "action en justice",
            // German
            "anwalt", "rechtsanwalt", "verklagen", "vor gericht", "klage einreichen",
            // Spanish
            "abogado", "mi abogado", "demandar", "demandaré", "acciones legales", "los tribunales",
            // Russian
            "юрист", "юриста", "адвокат", "адвоката", "в суд", "суд", "иск"});
    return phrases;
}

const PhraseSet &selfHarmPhrases()
{
    static const PhraseSet phrases({"kill myself", "killing myself", "end my life", "ending my life", "suicide",
        "suicidal", "hurt myself", "harm myself", "self harm", "want to die", "take my own life", "dont want to live",
        // French
        "me suicider", "me tuer", "mettre fin à mes jours", "en finir avec la vie", "envie de mourir",
        // German
        "selbstmord", "suizid", "mich umbringen", "nicht mehr leben",
        // Spanish
        "suicidarme", "suicidio", "quitarme la vida", "matarme", "quiero morir",
        // Russian
        "покончить с собой", "суицид", "убить себя", "не хочу жить"});
    return phrases;
}

} // namespace

bool asksForHuman(const std::vector<std::string> &words)
{
    if (humanPhrases().matchesAny(words))
        return true;
    // "agent please", "an agent", "transfer me": short requests that name nothing else.
    return words.size() <= 6 && shortHumanPhrases().matchesAny(words);
}

bool mentionsLegalThreat(const std::vector<std::string> &words)
{
    return legalPhrases().matchesAny(words);
}

bool mentionsSelfHarm(const std::vector<std::string> &words)
{
    return selfHarmPhrases().matchesAny(words);
}

} // namespace pilothouse::tuning
