BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":8,"chunk":50,"minYear":2021,
"sections":[["news","News"]],
"topics":[["labour-history","Labour history"]],
"authors":[["sam-writer","Sam Writer"]],
"shards":[""],
"docs":"!!#!#!!!#!#!!!#!#!!!#!#!!!#!#!!!#!#!!!#!#!!!#!#!",
"lengths":"%%%%%%%%",
"titles":["“Bread and Roses”","Eighty years of the union","a small victory","An Apple for the Teacher","Жизнь рабочих","Ärger im Betrieb","1917 in Petrograd","The Zebra Crossing Strike"],
"paths":["2021/08/article-8","2021/08/article-7","2021/08/article-6","2021/08/article-5","2021/08/article-4","2021/08/article-3","2021/08/article-2","2021/08/article-1"]});
