// The descriptor of analysis.corpus. Every rule can be switched off or re-levelled per county through
// <policies>, and tuned through the parameters.
#include "corpus_analyzer.hpp"
#include "docpipe/descriptor.hpp"
#include "rule_ids.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"min_passage", docpipe::ParameterType::integer, "50",
     "copied-passage: characters (code points) the shared fingerprints of a passage must span"},
    {"boilerplate_units", docpipe::ParameterType::integer, "2",
     "copied-passage: text found in the reports of more units than this is boilerplate, not copying"},
    {"boilerplate_share", docpipe::ParameterType::number, "0.05",
     "copied-passage: ...or in more than this share of the batch's units (whichever is larger)"},
    {"unchanged_share", docpipe::ParameterType::number, "0.8",
     "unchanged-from-previous-year: share of the report's text fingerprints found in the unit's previous year"},
    {"jump_factor", docpipe::ParameterType::number, "5",
     "year-over-year-jump: a figure this many times larger or smaller than the unit's previous year's"},
    {"outlier_threshold", docpipe::ParameterType::number, "5",
     "outlier: robust z-score (distance from the median in units of 1.4826 MAD) from which a figure is an outlier"},
    {"outlier_min_group", docpipe::ParameterType::integer, "8",
     "outlier: reports that must give an indicator code before its figures are judged"},
    {"history", docpipe::ParameterType::string_list, "",
     "earlier runs' stores (docpipe.sqlite of output.sqlite) whose documents count as previous years"},
};
constexpr const char* kConsumes[] = {docpipe::layer::sections, docpipe::layer::metrics, nullptr};
constexpr const char* kRuleIds[] = {docpipe::corpus::rule::duplicate_submission,
                                    docpipe::corpus::rule::copied_passage,
                                    docpipe::corpus::rule::unchanged_from_previous_year,
                                    docpipe::corpus::rule::year_over_year_jump,
                                    docpipe::corpus::rule::outlier,
                                    nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::corpus,
    .name = "analysis.corpus",
    .version = "1.0.0",
    .description = "Across reports: duplicate submissions, copied passages, unchanged years, year-over-year jumps, "
                   "outliers",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = kConsumes,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<docpipe::corpus::read_corpus_settings>,
    .rules = kRuleIds,
    .create_corpus = &docpipe::make_corpus<docpipe::corpus::CorpusAnalyzer>,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
