BroadsheetSearch.load("d-0",[
["","Lee Park","3 April 2019","The landlord gave way after a six-week rent strike."]]);
