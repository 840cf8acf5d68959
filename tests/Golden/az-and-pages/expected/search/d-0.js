BroadsheetSearch.load("d-0",[
["","Sam Writer","8 August 2021","Article number 8."],
["","Sam Writer","7 August 2021","Article number 7."],
["","Sam Writer","6 August 2021","Article number 6."],
["","Sam Writer","5 August 2021","Article number 5."],
["","Sam Writer","4 August 2021","Article number 4."],
["","Sam Writer","3 August 2021","Article number 3."],
["","Sam Writer","2 August 2021","Article number 2."],
["","Sam Writer","1 August 2021","Article number 1."]]);
