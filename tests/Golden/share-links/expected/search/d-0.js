BroadsheetSearch.load("d-0",[
["","","6 May 2020","The boats stay in for a third week."]]);
