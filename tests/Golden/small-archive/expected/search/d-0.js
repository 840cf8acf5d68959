BroadsheetSearch.load("d-0",[
["","Ben Ross","2 June 1926","A web-only report: the coalfields fight on alone."],
["","","12 May 1926","Content A heading a writer might well choose. Related Another. The end The General Council called the strike off on the twelfth."],
["Transport and print stop at midnight","Ada Price","5 May 1926","At midnight on the third of May the “first line” stopped work. Union Called out Railwaymen Yes Printers Yes See the editorial too. Figures from the strike bulletins."],
["","Ada Price and Ben Ross","5 May 1926","The miners asked for solidarity, and they have it. Not a penny off the pay, not a minute on the day."]]);
