// The descriptor of analysis.sections. The keyword tables are parameters so a county config can
// replace them, or extend them with a value starting with "+" (docs/configuration.md).
#include "docpipe/descriptor.hpp"
#include "section_splitter.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"achievements_keywords", docpipe::ParameterType::string_list,
     "举措;措施和成效;工作情况;开展情况;推进情况;完成情况;落实情况;主要工作;工作开展;做法;亮点;特色;进展",
     "a level-1 heading with one of these reports the year's measures (part: achievements)"},
    {"results_keywords", docpipe::ParameterType::string_list, "成效;成绩;成果",
     "results: achievements even in a heading that also names another part"},
    {"shortcomings_keywords", docpipe::ParameterType::string_list,
     "不足;存在问题;存在的问题;主要问题;问题和原因;问题及原因;问题与原因;问题与挑战;问题和挑战;问题及挑战;差距;短板;"
     "薄弱;困难和问题;困难与问题;问题和困难;问题与困难;存在的困难;主要困难;存在的突出问题;存在突出问题;面临的问题;"
     "面临的困难;面临的挑战;问题与建议;问题和建议;问题及建议;需要改进;需改进;有待改进;有待加强;有待提高;有待提升;"
     "需要解决的问题;亟待解决的问题;困难与挑战;困难和挑战;困难及挑战;存在的一些问题;存在一些问题;几点问题;"
     "存在的几个问题;工作中的问题;存在困难;问题与打算;问题和打算;问题及打算;形势和问题;形势与问题;面临的形势;原因",
     "a level-1 heading with one of these reports shortcomings and their causes (part: shortcomings)"},
    {"leadership_keywords", docpipe::ParameterType::string_list,
     "党政主要负责人;主要负责人;主要负责同志;负责同志履职;主要领导;一把手;第一责任人;述法;履行推进法治建设;"
     "履行法治建设;党政负责人;负责人履职;领导履职;党委书记;党工委书记;镇长履职;乡长履职;主任履职;县长履职;区长履职;"
     "市长履职;局长履职;厅长履职;党组书记;党组负责人;局长推进;厅长推进;主任推进",
     "a level-1 heading with one of these reports how the principal leaders performed their duty (part: leadership)"},
    {"plan_keywords", docpipe::ParameterType::string_list,
     "下一步;下步;下阶段;下一阶段;下一年度;下年度;明年;来年;新的一年;今后工作;今后的工作;今后一个时期;工作安排;"
     "工作计划;"
     "工作思路;思路;打算;"
     "改进措施;整改措施;对策;努力方向;展望;设想;今后重点;下一步重点",
     "a level-1 heading with one of these reports next year's plans (part: plan)"},
};
constexpr const char* kConsumes[] = {docpipe::layer::text, docpipe::layer::blocks, nullptr};
constexpr const char* kProduces[] = {docpipe::layer::sections, docpipe::layer::structure_issues, nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "analysis.sections",
    .version = "1.0.0",
    .description =
        "GB/T 9704 heading tree, required report parts, signature block, and title/region/year/date metadata",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = kConsumes,
    .produces = kProduces,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<docpipe::sections::SectionSplitter>,
    .create_output = nullptr,
    // Keyword lists: every non-empty entry is a keyword, so the declared types say everything.
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
