// Edit-distance suggestions for names that are not known.
#include <gtest/gtest.h>

#include "docpipe/did_you_mean.hpp"

namespace docpipe {
namespace {

TEST(DidYouMean, EditDistanceCountsCodePoints) {
  EXPECT_EQ(edit_distance("aproximate-precise", "approximate-precise"), 1u);
  EXPECT_EQ(edit_distance("法律明白人", "法律明白"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("cvs", "csv"), 1u);  // a swap of neighbours is one slip
}

TEST(DidYouMean, SuggestsTheNearestNameOnlyWhenItIsNear) {
  const std::vector<std::string> rules = {"rate-mismatch", "approximate-precise", "missing-section"};
  EXPECT_EQ(did_you_mean("aproximate-precise", rules), " (did you mean 'approximate-precise'?)");
  EXPECT_EQ(did_you_mean("rate_mismatch", rules), " (did you mean 'rate-mismatch'?)");
  EXPECT_EQ(did_you_mean("something-else", rules), "");
  EXPECT_EQ(did_you_mean("x", {}), "");
}

}  // namespace
}  // namespace docpipe
