#pragma once
// The GUI thread's name for the merge of the ChangeBatches that arrive between two frames
// (Workspace applies the merged batch once per frame). The merge itself is the store's
// ChangeCollector (store/changecollector.h), the same one that gathers a transaction's changes on
// the io thread, so both sides agree on what "latest wins" means.

#include "store/changecollector.h"

namespace pilothouse::models {

using BatchMerger = ChangeCollector;

} // namespace pilothouse::models
