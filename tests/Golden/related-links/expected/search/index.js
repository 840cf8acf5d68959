BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":4,"chunk":50,"minYear":1889,
"sections":[["news","News"]],
"topics":[["docks","Docks"]],
"authors":[],
"shards":[""],
"docs":"!!#!!!##!!!##!!!##!!",
"lengths":"%%)3",
"titles":["The tanner is won","A cardinal intervenes","Collections on the quay","The strike begins at the West India Dock"],
"paths":["1889/09/the-tanner-is-won","1889/08/a-cardinal-intervenes","1889/08/collections-on-the-quay","1889/08/the-strike-begins"]});
