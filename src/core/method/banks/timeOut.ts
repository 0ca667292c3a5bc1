// Time-out questions: a short step outside the topic to talk about how the conversation itself is
// going, and to agree what to talk about and how, before going on.
import type { QuestionBank } from "./types";

export const timeOutQuestions: QuestionBank = {
  en: [
    "Is this conversation giving you something you can use?",
    "Am I challenging you enough, or too much?",
    "Should we take another approach to this?",
    "How would you describe our conversation so far, in your own words?",
    "Are we still talking about what matters most to you today?",
    "What do you need more of from me right now, and what less?",
    "Are we going too fast? Shall we slow down and look closer at something?",
    "Is there something we are circling around without saying it?",
    "What has struck you most so far in this conversation?",
    "Is this a problem to analyse, to talk freely around, or to play out as scenarios?",
    "Do you want my experience here, or do you want to think it through yourself first?",
    "How much of the time should we spend on this topic before we move on?",
    "Where are you now compared with when we started today?",
    "What would make the rest of this meeting worth your while?",
    "How does what we are talking about connect to your working life?",
    "If you asked the questions for a while, what would you ask?",
  ],
  da: [
    "Giver denne samtale dig noget, du kan bruge?",
    "Udfordrer jeg dig nok, eller for meget?",
    "Skal vi gribe det her an på en anden måde?",
    "Hvordan vil du med dine egne ord beskrive vores samtale indtil nu?",
    "Taler vi stadig om det, der er vigtigst for dig i dag?",
    "Hvad har du brug for mere af fra mig lige nu, og hvad mindre?",
    "Går det for hurtigt? Skal vi sætte tempoet ned og se nærmere på noget?",
    "Er der noget, vi går rundt om uden at sige det?",
    "Hvad har gjort størst indtryk på dig i samtalen indtil nu?",
    "Er det et problem, vi skal analysere, tale frit omkring eller spille igennem som scenarier?",
    "Vil du høre mine erfaringer her, eller vil du først tænke det igennem selv?",
    "Hvor meget af tiden skal vi bruge på dette emne, før vi går videre?",
    "Hvor er du nu i forhold til, da vi begyndte i dag?",
    "Hvad skal der til, for at resten af mødet er umagen værd for dig?",
    "Hvordan hænger det, vi taler om nu, sammen med dit arbejdsliv?",
    "Hvis du stillede spørgsmålene et stykke tid, hvad ville du så spørge om?",
  ],
};
