BroadsheetSearch.load("d-0",[
["","","16 September 1889","Sixpence an hour."],
["","","21 August 1889","A mediator arrives."],
["","","21 August 1889","Strike pay comes from far away."],
["","","21 August 1889","The editor lists two later articles and a reading list; the related articles below skip them."]]);
