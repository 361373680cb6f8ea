// Suggested project names for unmapped gizmo ids (`map suggest`), drawn from
// the titles of the gizmo's conversations: the 1-3 words most distinctive for
// this gizmo compared with all titles (tf-idf). Pure and deterministic: the
// same titles in the same order always give the same name.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::mapping {

// Words of a title as used for scoring: split on anything but letters and
// digits, lowercased (ASCII and Latin-1), without English/Spanish stop words,
// numbers and one-letter words; in title order, repeats kept.
std::vector<std::string> TitleWords(std::string_view title);

// In how many titles each word occurs, over all conversation titles of all
// gizmos (each title is one document).
class DocumentFrequency {
 public:
  void AddTitle(std::string_view title);
  int titles() const { return titles_; }
  // Titles containing word (as returned by TitleWords); 0 if none.
  int Frequency(std::string_view word) const;

 private:
  int titles_ = 0;
  std::map<std::string, int, std::less<>> counts_;
};

DocumentFrequency BuildDocumentFrequency(const std::vector<std::string>& all_titles);

// A name for gizmo_id from titles (its conversations' titles, any order the
// caller keeps stable): the most distinctive word, plus up to two more that
// score at least half as high and (when there are several titles) occur in at
// least two of them, in the order they first appear. Each word in its most
// common original spelling, all-lowercase words capitalized. When the titles
// give no word: "Project <last 6 characters of the id>" for a project,
// "GPT <id>" for a custom GPT. The result is a valid project name (≤255 chars).
std::string SuggestProjectName(std::string_view gizmo_id,
                               const std::vector<std::string>& titles_of_this_gizmo,
                               const DocumentFrequency& df_over_all_titles);

// The name used when titles give nothing (see above).
std::string FallbackProjectName(std::string_view gizmo_id);

}  // namespace chatbeto::mapping
