// Everything a plugin author needs.
#pragma once

#include "docpipe/atomic_file.hpp"
#include "docpipe/chinese_numerals.hpp"
#include "docpipe/dates.hpp"
#include "docpipe/decimal.hpp"
#include "docpipe/descriptor.hpp"
#include "docpipe/document.hpp"
#include "docpipe/document_builder.hpp"
#include "docpipe/layers.hpp"
#include "docpipe/metadata.hpp"
#include "docpipe/metric_kinds.hpp"
#include "docpipe/parameters.hpp"
#include "docpipe/plugin.hpp"
#include "docpipe/section_lookup.hpp"
#include "docpipe/text.hpp"
