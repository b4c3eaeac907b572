#include "text_boxes.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>
#include <tuple>

namespace docpipe::doc {

namespace {

constexpr char32_t kParagraphMark = 0x0D;
constexpr std::uint64_t kFtxbxsSize = 22, kSpaSize = 26, kRecordHeader = 8;
// OfficeArt record types ([MS-ODRAW] 2.2): the containers of a drawing, a group and a shape, and a shape's FSP.
constexpr std::uint16_t kDggContainer = 0xF000, kDgContainer = 0xF002, kSpgrContainer = 0xF003, kSpContainer = 0xF004,
                        kFsp = 0xF00A;
// A drawing this deep or with this many records is damaged or hostile: its text boxes go without their groups.
constexpr int kDeepestGroup = 16;
// More boxes than this in one document is a hostile table, not a report: the rest are not read.
constexpr std::size_t kMostTextBoxes = 10'000;

struct Record {
  std::uint16_t type = 0;
  std::uint64_t body = 0, end = 0;  // the record's data, [body, end)
};

Record record_at(const Bytes& bytes, std::uint64_t at, std::uint64_t limit) {
  Record record{bytes.u16(at + 2), at + kRecordHeader, 0};
  const std::uint64_t length = bytes.u32(at + 4);
  if (record.body > limit || length > limit - record.body) throw std::runtime_error("a drawing record overruns");
  record.end = record.body + length;
  return record;
}

// Where a shape sits in the drawing: the shape the main text anchors (itself, or the top group holding it) and its
// place among that group's shapes.
struct Placement {
  std::uint32_t anchored_shape = 0;
  int order = 0;
};

// Every shape id (an FSP's spid) inside [at, end), in the order written, nested groups included.
void collect_shapes(const Bytes& bytes, std::uint64_t at, std::uint64_t end, int depth,
                    std::vector<std::uint32_t>& shapes) {
  if (depth > kDeepestGroup) throw std::runtime_error("a drawing nested too deep");
  while (at + kRecordHeader <= end) {
    const Record record = record_at(bytes, at, end);
    if (record.type == kFsp) shapes.push_back(bytes.u32(record.body));
    if (record.type == kSpgrContainer || record.type == kSpContainer)
      collect_shapes(bytes, record.body, record.end, depth + 1, shapes);
    at = record.end;
  }
}

// The shapes of a drawing's patriarch group: a shape on its own places itself, a group (whose first shape is the
// group's own) places every shape in it under its id, in the order it writes them.
void place_shapes(const Bytes& bytes, const Record& patriarch, std::map<std::uint32_t, Placement>& placements) {
  for (std::uint64_t at = patriarch.body; at + kRecordHeader <= patriarch.end;) {
    const Record record = record_at(bytes, at, patriarch.end);
    if (record.type == kSpContainer || record.type == kSpgrContainer) {
      std::vector<std::uint32_t> shapes;
      collect_shapes(bytes, record.body, record.end, 0, shapes);
      for (std::size_t i = 0; i < shapes.size(); ++i)
        placements.try_emplace(shapes[i], Placement{shapes.front(), static_cast<int>(i)});
    }
    at = record.end;
  }
}

// OfficeArtContent: the OfficeArtDggContainer, then per drawing a dgglbl byte and its OfficeArtDgContainer, whose
// OfficeArtSpgrContainer is the patriarch group holding the drawing's shapes.
std::map<std::uint32_t, Placement> shape_placements(const Bytes& table, const Fib& fib) {
  std::map<std::uint32_t, Placement> placements;
  if (fib.drawing.lcb < kRecordHeader) return placements;
  const Bytes content(table.slice(fib.drawing.fc, fib.drawing.lcb), "the drawing (OfficeArtContent)");
  const Record group = record_at(content, 0, content.size());
  if (group.type != kDggContainer) return placements;
  for (std::uint64_t at = group.end; at + 1 + kRecordHeader <= content.size();) {
    const Record drawing = record_at(content, at + 1, content.size());
    if (drawing.type != kDgContainer) break;
    for (std::uint64_t in = drawing.body; in + kRecordHeader <= drawing.end;) {
      const Record record = record_at(content, in, drawing.end);
      if (record.type == kSpgrContainer) place_shapes(content, record, placements);
      in = record.end;
    }
    at = drawing.end;
  }
  return placements;
}

// A shape anchored in the main text: the CP, and where the shape lies.
struct Anchor {
  std::uint32_t cp = 0;
  std::int32_t top = 0, left = 0;
  std::uint16_t frame = 0;
};

// The main text's anchors by shape id: a SPA is lid, xaLeft, yaTop, xaRight, yaBottom and flags (fbx in bits 1–2,
// fby in bits 3–4: what the position is measured from).
std::map<std::uint32_t, Anchor> shape_anchors(const Bytes& table, const Fib& fib) {
  constexpr std::uint16_t kFrameBits = 0x1E;
  std::map<std::uint32_t, Anchor> anchors;
  if (fib.shape_anchors.lcb < 4 + kSpaSize) return anchors;
  const Bytes plc(table.slice(fib.shape_anchors.fc, fib.shape_anchors.lcb), "the shape anchors (PlcSpaMom)");
  const std::uint64_t count = (plc.size() - 4) / (4 + kSpaSize);
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::uint64_t spa = (count + 1) * 4 + i * kSpaSize;
    anchors.try_emplace(plc.u32(spa), Anchor{plc.u32(i * 4), static_cast<std::int32_t>(plc.u32(spa + 8)),
                                             static_cast<std::int32_t>(plc.u32(spa + 4)),
                                             static_cast<std::uint16_t>(plc.u16(spa + 20) & kFrameBits)});
  }
  return anchors;
}

struct StoredBox {
  TextBox box;
  std::uint32_t shape = 0;
};

// PlcftxbxTxt: n + 1 CPs of the text-box story, then n FTXBXS (fReusable at 8, the shape's lid at 14), the last of
// them the story's closing entry.
std::vector<StoredBox> stored_boxes(const Bytes& table, const Fib& fib) {
  std::vector<StoredBox> boxes;
  if (fib.text_boxes.lcb < 4 + kFtxbxsSize || fib.ccp_txbx == 0) return boxes;
  const Bytes plc(table.slice(fib.text_boxes.fc, fib.text_boxes.lcb), "the text boxes (PlcftxbxTxt)");
  const std::uint64_t count = (plc.size() - 4) / (4 + kFtxbxsSize);
  const std::uint32_t story = fib.text_box_story();
  std::uint32_t read_up_to = 0;  // the story's CPs before this belong to a box already taken
  for (std::uint64_t i = 0; i < count && boxes.size() < kMostTextBoxes; ++i) {
    const std::uint64_t descriptor = (count + 1) * 4 + i * kFtxbxsSize;
    const std::uint32_t start = plc.u32(i * 4), end = plc.u32((i + 1) * 4);
    const std::uint32_t shape = plc.u32(descriptor + 14);
    // The story's last entry, of no shape, holds only the paragraph mark that closes the story: no box.
    const bool closes_the_story = i + 1 == count && shape == 0;
    if (plc.u16(descriptor + 8) != 0 || closes_the_story || start >= end || end > fib.ccp_txbx) continue;
    // Word writes the CPs in ascending order, one range a box. Ranges that go back over the story (a damaged or
    // hostile table) would copy its text once per box: each CP of the story is read at most once.
    if (start < read_up_to) continue;
    read_up_to = end;
    boxes.push_back({TextBox{story + start, story + end, 0, false}, shape});
  }
  return boxes;
}

// The boxes of one paragraph from the top down and from the left when their positions are measured from one frame,
// else in anchor order. A group's boxes share their group's anchor and position, and keep the group's order.
std::vector<TextBox> in_page_order(std::vector<TextBox> boxes) {
  const bool one_frame =
      std::all_of(boxes.begin(), boxes.end(), [&](const TextBox& box) { return box.frame == boxes.front().frame; });
  if (boxes.size() < 2 || !one_frame) return boxes;
  std::stable_sort(boxes.begin(), boxes.end(), [](const TextBox& a, const TextBox& b) {
    return std::pair(a.top, a.left) < std::pair(b.top, b.left);
  });
  return boxes;
}

}  // namespace

std::vector<TextBox> read_text_boxes(const Bytes& table, const Fib& fib) {
  std::vector<StoredBox> boxes;
  std::map<std::uint32_t, Anchor> anchors;
  std::map<std::uint32_t, Placement> placements;
  try {
    boxes = stored_boxes(table, fib);
    if (boxes.empty()) return {};
    anchors = shape_anchors(table, fib);
    placements = shape_placements(table, fib);
  } catch (const std::runtime_error&) {
    if (boxes.empty()) return {};  // without the boxes' table there are none to read
  }
  struct Ordered {
    TextBox box;
    int order = 0;
    std::size_t stored = 0;
  };
  std::vector<Ordered> ordered;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    Ordered entry{boxes[i].box, 0, i};
    Placement placement{boxes[i].shape, 0};
    if (const auto found = placements.find(boxes[i].shape); found != placements.end()) placement = found->second;
    if (const auto anchor = anchors.find(placement.anchored_shape); anchor != anchors.end()) {
      entry.box.anchor = anchor->second.cp;
      entry.box.anchored = true;
      entry.box.top = anchor->second.top;
      entry.box.left = anchor->second.left;
      entry.box.frame = anchor->second.frame;
      entry.order = placement.order;
    }
    ordered.push_back(entry);
  }
  std::stable_sort(ordered.begin(), ordered.end(), [](const Ordered& a, const Ordered& b) {
    return std::tuple(!a.box.anchored, a.box.anchor, a.order, a.stored) <
           std::tuple(!b.box.anchored, b.box.anchor, b.order, b.stored);
  });
  std::vector<TextBox> out;
  for (const auto& entry : ordered) out.push_back(entry.box);
  return out;
}

std::vector<Character> with_text_boxes(const std::vector<Character>& all, std::uint32_t ccp_text,
                                       const std::vector<TextBox>& boxes, const std::vector<ParagraphRun>& paragraphs) {
  std::vector<Character> out;
  out.reserve(all.size());
  std::size_t next = 0;
  const auto add_box = [&](const TextBox& box) {
    const std::uint32_t end = std::min<std::uint32_t>(box.cp_end, static_cast<std::uint32_t>(all.size()));
    if (box.cp_start >= end) return;
    out.insert(out.end(), all.begin() + box.cp_start, all.begin() + end);
    if (out.back().code != kParagraphMark) out.push_back({kParagraphMark, out.back().fc});  // it ends a paragraph
  };
  const std::uint32_t main_end = std::min<std::uint32_t>(ccp_text, static_cast<std::uint32_t>(all.size()));
  for (std::uint32_t cp = 0; cp < main_end; ++cp) {
    out.push_back(all[cp]);
    if (all[cp].code != kParagraphMark) continue;
    const ParagraphRun* paragraph = run_at(paragraphs, all[cp].fc);
    if (paragraph != nullptr && paragraph->in_table) continue;
    std::vector<TextBox> here;
    while (next < boxes.size() && boxes[next].anchored && boxes[next].anchor <= cp) here.push_back(boxes[next++]);
    for (const TextBox& box : in_page_order(std::move(here))) add_box(box);
  }
  while (next < boxes.size()) add_box(boxes[next++]);
  return out;
}

}  // namespace docpipe::doc
