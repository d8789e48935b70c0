console.log("sw");
