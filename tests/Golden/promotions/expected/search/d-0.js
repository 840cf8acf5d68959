BroadsheetSearch.load("d-0",[
["","","28 August 1889","Two promotions match once each: by id."],
["","","28 August 1889","No topic and a section no promotion names: no box."],
["","","28 August 1889","The book shares two of this article’s topics, so it comes first."]]);
