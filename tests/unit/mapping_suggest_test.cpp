#include "mapping/suggest.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "mapping/mapping_file.h"

namespace chatbeto::mapping {
namespace {

const std::string kKube = "g-p-0123456789abcdef0123456789abc123";
const std::string kCook = "g-p-fedcba9876543210fedcba9876def456";

// Titles of a realistic account: two projects plus unrelated conversations.
struct Account {
  std::vector<std::string> kube = {"Kubernetes deploy", "Helm chart for the API",
                                   "kubernetes ingress", "Fix Kubernetes ingress TLS",
                                   "Helm values per environment"};
  std::vector<std::string> cooking = {"Receta de paella valenciana", "Paella para 10 personas",
                                      "¿Cómo hacer una paella?", "Tortilla de patatas"};
  std::vector<std::string> others = {"New chat", "Python list comprehension",
                                     "Deploy a Flask app", "Trip to Lisbon", "API design review",
                                     "Email to landlord", "How to fix a bike chain"};
  DocumentFrequency df;

  Account() {
    for (const auto* list : {&kube, &cooking, &others})
      for (const std::string& t : *list) df.AddTitle(t);
  }
};

TEST(MappingSuggest, TitleWordsDropStopWordsNumbersAndPunctuation) {
  EXPECT_EQ(TitleWords("¿Cómo hacer una PAELLA para 10 personas?"),
            (std::vector<std::string>{"hacer", "paella", "personas"}));
  EXPECT_EQ(TitleWords("Help with the ÁRBOL-B k8s v2 API \xEE\x88\x80" "cite 2024"),
            (std::vector<std::string>{"árbol", "k8s", "v2", "api", "cite"}));
  EXPECT_EQ(TitleWords("bad \xFF utf8"), (std::vector<std::string>{"bad", "utf8"}));
  EXPECT_TRUE(TitleWords("").empty());
}

TEST(MappingSuggest, DocumentFrequencyCountsTitlesNotOccurrences) {
  const DocumentFrequency df = BuildDocumentFrequency({"helm helm", "Helm chart", "chart"});
  EXPECT_EQ(df.titles(), 3);
  EXPECT_EQ(df.Frequency("helm"), 2);
  EXPECT_EQ(df.Frequency("chart"), 2);
  EXPECT_EQ(df.Frequency("nothing"), 0);
}

TEST(MappingSuggest, PicksTheDistinctiveRecurringWords) {
  const Account a;
  EXPECT_EQ(SuggestProjectName(kKube, a.kube, a.df), "Kubernetes Helm Ingress");
  EXPECT_EQ(SuggestProjectName(kCook, a.cooking, a.df), "Paella");
}

TEST(MappingSuggest, BriefExample) {
  const std::vector<std::string> titles = {"Kubernetes deploy", "Helm chart",
                                           "kubernetes ingress"};
  DocumentFrequency df = BuildDocumentFrequency(titles);
  for (const char* t : {"Trip to Rome", "Deploy blog", "Tax return", "Gift ideas"}) df.AddTitle(t);
  const std::string name = SuggestProjectName(kKube, titles, df);
  EXPECT_EQ(name.find("Kubernetes"), 0u) << name;
}

TEST(MappingSuggest, KeepsTheMostCommonSpellingAndCapitalizesLowercase) {
  const DocumentFrequency df = BuildDocumentFrequency({"iOS build", "iOS signing", "ios review"});
  EXPECT_EQ(SuggestProjectName(kKube, {"iOS build", "iOS signing", "ios review"}, df), "iOS");
  const DocumentFrequency df2 = BuildDocumentFrequency({"árbol", "árbol b", "x y"});
  EXPECT_EQ(SuggestProjectName(kKube, {"árbol", "árbol b"}, df2), "Árbol");
}

TEST(MappingSuggest, SingleTitleUsesItsWordsInOrder) {
  const Account a;
  EXPECT_EQ(SuggestProjectName(kCook, {"Trip to Lisbon in May"}, a.df), "Trip Lisbon May");
}

TEST(MappingSuggest, Deterministic) {
  const Account a;
  const std::string first = SuggestProjectName(kKube, a.kube, a.df);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(SuggestProjectName(kKube, a.kube, a.df), first);
  // Ties are broken by the word, not by memory layout: same words, same choice.
  const DocumentFrequency df = BuildDocumentFrequency({"alpha beta", "alpha beta"});
  EXPECT_EQ(SuggestProjectName(kKube, {"beta alpha", "beta alpha"}, df), "Beta Alpha");
}

TEST(MappingSuggest, FallsBackWhenTitlesSayNothing) {
  const DocumentFrequency df = BuildDocumentFrequency({"New chat", "2024", ""});
  EXPECT_EQ(SuggestProjectName(kKube, {"New chat", "2024", ""}, df), "Project abc123");
  EXPECT_EQ(SuggestProjectName("g-2fkFE8rbu", {}, df), "GPT g-2fkFE8rbu");
  EXPECT_EQ(FallbackProjectName(kCook), "Project def456");
}

TEST(MappingSuggest, ResultIsAlwaysAValidName) {
  const std::string huge(400, 'z');
  const DocumentFrequency df = BuildDocumentFrequency({huge + " " + huge + "y"});
  const std::string name = SuggestProjectName(kKube, {huge + " " + huge + "y"}, df);
  EXPECT_EQ(ProjectNameProblem(name), std::nullopt) << name;
  EXPECT_EQ(name.size(), kMaxProjectNameChars);
}

}  // namespace
}  // namespace chatbeto::mapping
