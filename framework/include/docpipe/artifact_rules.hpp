// The one table of debris that copied web pages and converted Word files leave
// in report text. Each rule names the debris; what it removes is recorded in the
// document's metadata as "removed.<name>", never silently lost.
#pragma once

namespace docpipe {

enum class ArtifactZone {
  anywhere,
  header,  // the first lines of the file, where a web page's navigation and publication details sit
  footer,  // the last lines
};

enum class ArtifactScope {
  whole_line,   // the pattern must match the entire (normalized) line
  inline_token  // every match is cut out of the line
};

struct ArtifactRule {
  const char* name;
  ArtifactZone zone;
  ArtifactScope scope;
  const char* pattern;  // ICU regular expression, matched against normalized text
};

inline constexpr int kHeaderZoneLines = 10;
inline constexpr int kFooterZoneLines = 5;

inline constexpr ArtifactRule kArtifactRules[] = {
    {"web-breadcrumb", ArtifactZone::header, ArtifactScope::whole_line,
     R"((首页|网站首页|当前位置|您的位置|您现在的位置|现在位置)\s*[:：>＞»›].*)"},
    {"web-publication-info", ArtifactZone::header, ArtifactScope::whole_line,
     R"((发布时间|发布日期|发文日期|成文日期|日期|时间|来源|信息来源|文章来源|作者|编辑|责任编辑)\s*[:：].{0,80})"},
    {"web-metadata-table", ArtifactZone::header, ArtifactScope::whole_line,
     R"(.*(索引号|发布机构|公开类别|主题分类|公开方式|公开时限|发布时间)\s*[|｜].*)"},
    {"web-counter", ArtifactZone::header, ArtifactScope::whole_line,
     R"(.{0,40}(浏览次数|访问次数|阅读次数|点击数|访问量|浏览量|访问\s*[:：]\s*-?\d*\s*$).{0,40})"},
    {"web-font-size", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"((.{0,40}字[体号]\s*[:：]?\s*[【\[]?\s*大\s*中\s*小.{0,40})|(文字\s*[:：]\s*[【\[].{0,40}))"},
    {"web-page-controls", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"(([【\[]?\s*(打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|分享到)\s*[】\]]?\s*)+)"},
    {"attachment-label", ArtifactZone::footer, ArtifactScope::whole_line, R"((相关附件|附件下载|相关链接)\s*[:：]?)"},
    {"page-number", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"(([—–\-－]{1,3}\s*\d{1,4}\s*[—–\-－]{1,3})|(第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)|(共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页))"},
    {"embedded-image", ArtifactZone::anywhere, ArtifactScope::whole_line,
     R"((?i)image\d+\.(wmf|emf|png|jpe?g|gif|bmp|tiff?))"},
    {"word-bookmark", ArtifactZone::anywhere, ArtifactScope::inline_token, R"(\[bookmark:\s*[^\]]*\])"},
};

// Reads a publication date and a source out of removed header lines.
inline constexpr const char* kPublishedPattern =
    R"((发布时间|发布日期|发文日期|日期|时间)\s*[:：|｜]?\s*[|｜]?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?))";
inline constexpr const char* kSourcePattern = R"((来源|信息来源|文章来源)\s*[:：]\s*([^\s|｜]+))";
inline constexpr const char* kPublisherPattern = R"(发布机构\s*[|｜]\s*([^|｜]+?)\s*[|｜])";

}  // namespace docpipe
