BroadsheetSearch.load("d-0",[
["","","7 October 1936","No recording of this one."],
["The march that did not pass","","7 October 1936","Read aloud for this edition."]]);
